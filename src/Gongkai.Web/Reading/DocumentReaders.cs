using Gongkai.Documents;
using Gongkai.Messages;

namespace Gongkai.Web.Reading;

/// <summary>The readers the site knows, chosen by the uploaded file's name ending.</summary>
public sealed class DocumentReaders
{
    private readonly IReadOnlyList<IDocumentReader> readers;

    /// <summary>Creates the set from the registered readers.</summary>
    public DocumentReaders(IEnumerable<IDocumentReader> readers) => this.readers = [.. readers];

    /// <summary>Every accepted ending, for the form's accept attribute and the messages.</summary>
    public IReadOnlyList<string> Extensions => [.. readers.SelectMany(r => r.Extensions).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads a document with the reader for its name.</summary>
    /// <exception cref="DocumentReadException">No reader takes this kind of file, or the reader refuses it.</exception>
    public Task<ReadDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var reader = readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.Ordinal))
            ?? throw new DocumentReadException(
                MessageCatalogue.Format(MessageCatalogue.WebUploadUnsupported, fileName, string.Join("、", Extensions)), fileName);
        return reader.ReadAsync(content, fileName, cancellationToken);
    }
}
