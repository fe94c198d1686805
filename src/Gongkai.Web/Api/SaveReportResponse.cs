namespace Gongkai.Web.Api;

/// <summary>The answer of a save or workflow step that was done.</summary>
/// <param name="RowVersion">The report's new version, to send with the next change.</param>
/// <param name="Status">Its workflow state (Draft, Submitted, Returned, Approved, Published).</param>
public sealed record SaveReportResponse(long RowVersion, string Status);
