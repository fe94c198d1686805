using Gongkai.Workflow;
using Gongkai.Model;

namespace Gongkai.Storage.Reports;

/// <summary>What an insert or update writes: the document and the columns copied from it.</summary>
/// <param name="Region">The unit's region ("" when unknown).</param>
/// <param name="UnitName">The unit's name (not blank).</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Kind">Final accounts or budget.</param>
/// <param name="Status">The workflow state to store.</param>
/// <param name="Document">The canonical JSON.</param>
public sealed record NewReport(string Region, string UnitName, int Year, DisclosureKind Kind, ReportStatus Status, string Document)
{
    /// <summary>
    /// The document as a model, when the writer has it: <see cref="ReportBulkImporter"/> then writes its cells to
    /// report_cells (see <see cref="ReportCellIndex"/>); without it the report has no cells for database queries.
    /// </summary>
    public UnitYearReport? Model { get; init; }
}
