using System.Globalization;
using Gongkai.Documents;
using Gongkai.Messages;
using Gongkai.Web.Reading;
using Microsoft.AspNetCore.Http.Features;

namespace Gongkai.Web.Uploads;

/// <summary>
/// Reads the multipart field <c>file</c> of a request into a document, within the size limit, for the audit page and
/// POST /api/audit alike. Every refusal is a Chinese message with 400 or 413; nothing is stored either way.
/// </summary>
internal sealed class UploadReader(DocumentReaders readers, IConfiguration configuration)
{
    /// <summary>Configuration key of the upload limit in bytes (default 20 MB).</summary>
    public const string LimitKey = "Gongkai:UploadLimitBytes";

    /// <summary>The limit when none is configured: 20 MB, above any published disclosure.</summary>
    public const long DefaultLimit = 20L * 1024 * 1024;

    /// <summary>The multipart field that carries the document.</summary>
    public const string FieldName = "file";

    // Room for the multipart boundaries, headers and the anti-forgery field around the file itself.
    private const long FormOverhead = 64 * 1024;

    /// <summary>The largest file accepted, in bytes.</summary>
    public long Limit { get; } = long.TryParse(configuration[LimitKey], NumberStyles.None, CultureInfo.InvariantCulture, out var configured) && configured > 0
        ? configured
        : DefaultLimit;

    /// <summary>The limit as people read it: "20 MB", or bytes when it is not a whole number of megabytes.</summary>
    public string LimitText => Limit % (1024 * 1024) == 0
        ? (Limit / (1024 * 1024)).ToString(CultureInfo.InvariantCulture) + " MB"
        : Limit.ToString(CultureInfo.InvariantCulture) + " " + MessageCatalogue.WebBytes;

    /// <summary>The accepted file endings, for the form.</summary>
    public IReadOnlyList<string> Extensions => readers.Extensions;

    /// <summary>
    /// Reads the form within the limit (a body announced as larger is refused before it is read). Returns null and
    /// the form when it was read; otherwise the refusal.
    /// </summary>
    public async Task<(IFormCollection? Form, UploadOutcome? Refusal)> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > Limit + FormOverhead)
        {
            return (null, TooLarge(null));
        }

        if (!request.HasFormContentType)
        {
            return (null, UploadOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.WebUploadNoFile));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = Limit + FormOverhead;
        }

        try
        {
            var form = await request.ReadFormAsync(
                new FormOptions { MultipartBodyLengthLimit = Limit + FormOverhead, BufferBodyLengthLimit = Limit + FormOverhead },
                cancellationToken);
            return (form, null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null));
        }
        catch (InvalidDataException e) when (e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            return (null, TooLarge(null));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return (null, UploadOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.WebUploadBadForm));
        }
    }

    /// <summary>Reads the file of a form already read into a document.</summary>
    public async Task<UploadOutcome> ReadFileAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var file = form.Files.GetFile(FieldName);
        if (file is null)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.WebUploadNoFile);
        }

        // Only the name: a browser or client may send a path, which must not reach messages or the disk.
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name))
        {
            name = FieldName;
        }

        if (file.Length == 0)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.WebUploadEmpty, name), name);
        }

        if (file.Length > Limit)
        {
            return TooLarge(name);
        }

        try
        {
            await using var stream = file.OpenReadStream();
            var document = await readers.ReadAsync(stream, name, cancellationToken);
            return new UploadOutcome(name, document, StatusCodes.Status200OK, null);
        }
        catch (DocumentReadException e)
        {
            return UploadOutcome.Refused(StatusCodes.Status400BadRequest, e.Message, name);
        }
    }

    private UploadOutcome TooLarge(string? name) => UploadOutcome.Refused(
        StatusCodes.Status413PayloadTooLarge,
        MessageCatalogue.Format(MessageCatalogue.WebUploadTooLarge, name ?? MessageCatalogue.WebUploadTheFile, LimitText),
        name);
}
