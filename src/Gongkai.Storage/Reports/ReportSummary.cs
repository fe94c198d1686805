using Gongkai.Workflow;
using Gongkai.Model;

namespace Gongkai.Storage.Reports;

/// <summary>A stored report without its document, for listings.</summary>
/// <param name="Id">Its number in the store.</param>
/// <param name="Region">The unit's region ("" when unknown).</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Kind">Final accounts or budget.</param>
/// <param name="Status">Where it stands in the workflow.</param>
/// <param name="UpdatedAt">When it was last written (UTC).</param>
public sealed record ReportSummary(
    long Id, string Region, string UnitName, int Year, DisclosureKind Kind, ReportStatus Status, DateTimeOffset UpdatedAt);
