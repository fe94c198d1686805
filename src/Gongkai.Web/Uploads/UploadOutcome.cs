using Gongkai.Web.Reading;

namespace Gongkai.Web.Uploads;

/// <summary>An upload read into a document, or refused with an HTTP status and a Chinese message.</summary>
/// <param name="FileName">The uploaded file's name (without any folder), or null when there was no file.</param>
/// <param name="Document">The document read, or null when refused.</param>
/// <param name="StatusCode">200 when read; 400 or 413 when refused.</param>
/// <param name="Error">The Chinese message when refused.</param>
internal sealed record UploadOutcome(string? FileName, ReadDocument? Document, int StatusCode, string? Error)
{
    /// <summary>A refusal.</summary>
    public static UploadOutcome Refused(int statusCode, string error, string? fileName = null) => new(fileName, null, statusCode, error);
}
