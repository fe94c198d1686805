using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;

namespace Gongkai.Web.Reading;

/// <summary>Canonical JSON (format gongkai.report) through <see cref="CanonicalJsonReader"/>; it has no running text.</summary>
public sealed class CanonicalJsonDocumentReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".json"];

    /// <inheritdoc />
    public async Task<ReadDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

        // A zero byte never occurs in JSON text: a picture or archive renamed to .json is not a document at all,
        // which says more than the JSON parser's complaint about its first byte.
        if (bytes.Span.Contains((byte)0))
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.WebUploadBinary, fileName), fileName);
        }

        return new ReadDocument(CanonicalJsonReader.Read(bytes.Span, fileName), []);
    }
}
