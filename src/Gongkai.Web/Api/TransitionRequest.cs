namespace Gongkai.Web.Api;

/// <summary>The body of POST /api/reports/{id}/transitions.</summary>
/// <param name="Action">Submit, Return, Approve or Publish.</param>
/// <param name="Comment">The comment (required for Return).</param>
/// <param name="RowVersion">The version the caller read.</param>
public sealed record TransitionRequest(string? Action, string? Comment, long RowVersion);
