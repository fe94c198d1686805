using Gongkai.Model;
using Gongkai.Workflow;

namespace Gongkai.Storage.Workflow;

/// <summary>One row of a report's history.</summary>
/// <param name="Id">Its number (history order).</param>
/// <param name="ReportId">The report.</param>
/// <param name="At">When (UTC).</param>
/// <param name="UserId">Who (null for the system, e.g. demo data).</param>
/// <param name="UserName">Who, by display name ("" for the system).</param>
/// <param name="Action">What was done.</param>
/// <param name="Cell">The changed cell, for a cell edit.</param>
/// <param name="ReasonKey">The changed reason's key, for a reason edit.</param>
/// <param name="Place">The place in words (null for a workflow step).</param>
/// <param name="OldValue">The value before (null: blank).</param>
/// <param name="NewValue">The value after (null: blank).</param>
/// <param name="Comment">The comment given with a step (a return's reasons).</param>
/// <param name="RowVersion">The report version this entry produced.</param>
public sealed record HistoryEntry(
    long Id,
    long ReportId,
    DateTimeOffset At,
    long? UserId,
    string UserName,
    HistoryAction Action,
    CellRef? Cell,
    string? ReasonKey,
    string? Place,
    string? OldValue,
    string? NewValue,
    string? Comment,
    long RowVersion);
