using Gongkai.Storage.Reports;

namespace Gongkai.Web.Workflow;

/// <summary>How a save, step or comment ended: the HTTP status, and the Chinese refusal or the stored report.</summary>
/// <param name="StatusCode">200 when done; 400, 401, 403, 404, 409 or 422 when refused.</param>
/// <param name="Error">The refusal's message (null when done).</param>
/// <param name="Record">The report after the change (null when refused).</param>
internal sealed record OperationOutcome(int StatusCode, string? Error, ReportRecord? Record)
{
    /// <summary>A refusal.</summary>
    public static OperationOutcome Refused(int statusCode, string error) => new(statusCode, error, null);
}
