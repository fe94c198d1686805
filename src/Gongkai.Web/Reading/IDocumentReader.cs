namespace Gongkai.Web.Reading;

/// <summary>
/// Reads one kind of document (canonical JSON now; text, PDF, DOCX and XLSX plug in beside it) from an upload or a
/// file. Bad input throws <see cref="Documents.DocumentReadException"/> with a Chinese message naming the file.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The file name endings this reader takes, lower case with the dot (".json").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the document.</summary>
    /// <param name="content">The bytes; read to the end, not disposed.</param>
    /// <param name="fileName">The name as uploaded, used in messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<ReadDocument> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken);
}
