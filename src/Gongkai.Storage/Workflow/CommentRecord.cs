namespace Gongkai.Storage.Workflow;

/// <summary>A comment on a report by a reviewer or supervisor.</summary>
/// <param name="Id">Its number (order of writing).</param>
/// <param name="ReportId">The report.</param>
/// <param name="UserId">Who wrote it.</param>
/// <param name="UserName">Who wrote it, by display name.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Body">The text.</param>
public sealed record CommentRecord(long Id, long ReportId, long UserId, string UserName, DateTimeOffset At, string Body);
