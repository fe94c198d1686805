using Gongkai.Workflow;
using Gongkai.Model;

namespace Gongkai.Storage.Reports;

/// <summary>One stored unit-year report: the canonical JSON document with the columns copied from it for lookups.</summary>
/// <param name="Id">Its number in the store.</param>
/// <param name="Region">The unit's region ("" when the document names none).</param>
/// <param name="UnitName">The unit's name.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Kind">Final accounts or budget.</param>
/// <param name="Status">Where it stands in the workflow.</param>
/// <param name="Document">The canonical JSON (format gongkai.report), exactly as stored.</param>
/// <param name="RowVersion">Raised by every update; an update names the version it read.</param>
/// <param name="CreatedAt">When it was inserted (UTC).</param>
/// <param name="UpdatedAt">When it was last written (UTC).</param>
public sealed record ReportRecord(
    long Id,
    string Region,
    string UnitName,
    int Year,
    DisclosureKind Kind,
    ReportStatus Status,
    string Document,
    long RowVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
