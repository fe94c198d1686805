using Gongkai.Documents.Auditing;
using Gongkai.Documents.Reading;

namespace Gongkai.Web.Reading;

/// <summary>
/// Reads published documents (text, PDF, Word, Excel) through Gongkai's own readers, keeping what the full audit needs:
/// the reading, the running text and, for text files, the text as written.
/// </summary>
public sealed class PublishedDocumentReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".md", ".pdf", ".docx", ".xlsx", ".html", ".htm"];

    /// <inheritdoc />
    public async Task<ReadDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var read = Documents.Reading.DocumentReaders.Read(bytes, fileName);
        var text = read.Source.Format == SourceFormat.Text ? Documents.Reading.DocumentReaders.DecodeText(bytes, fileName) : null;
        return new ReadDocument(read.Report, PublishedDocumentAuditor.NarrativeLines(read.Source), read, text);
    }
}
