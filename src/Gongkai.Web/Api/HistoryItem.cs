namespace Gongkai.Web.Api;

/// <summary>One row of GET /api/reports/{id}/history.</summary>
/// <param name="At">When (UTC).</param>
/// <param name="User">Who (display name).</param>
/// <param name="Action">Create, Edit, Submit, Return, Approve or Publish.</param>
/// <param name="Cell">The changed cell as T05[2010101].1, for a cell edit.</param>
/// <param name="ReasonKey">The changed reason's key, for a reason edit.</param>
/// <param name="Place">The place in words.</param>
/// <param name="OldValue">The value before (null: blank).</param>
/// <param name="NewValue">The value after (null: blank).</param>
/// <param name="Comment">The comment given with a step.</param>
/// <param name="RowVersion">The report version the change produced.</param>
public sealed record HistoryItem(
    DateTimeOffset At, string User, string Action, string? Cell, string? ReasonKey, string? Place, string? OldValue, string? NewValue,
    string? Comment, long RowVersion);
