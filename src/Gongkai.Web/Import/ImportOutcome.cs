using Gongkai.Storage.Reports;

namespace Gongkai.Web.Import;

/// <summary>An import stored as a draft, or refused with an HTTP status and a Chinese message (nothing stored).</summary>
/// <param name="StatusCode">201 for a new draft, 200 for a replaced draft; 400, 401, 403, 409 or 413 when refused.</param>
/// <param name="Error">The Chinese message when refused.</param>
/// <param name="Record">The stored draft when imported.</param>
/// <param name="FileName">The uploaded file's name, when there was one.</param>
internal sealed record ImportOutcome(int StatusCode, string? Error, ReportRecord? Record, string? FileName)
{
    /// <summary>A refusal.</summary>
    public static ImportOutcome Refused(int statusCode, string error, string? fileName = null) => new(statusCode, error, null, fileName);
}
