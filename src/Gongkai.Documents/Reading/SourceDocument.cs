namespace Gongkai.Documents.Reading;

/// <summary>A published document as ordered lines with their source positions, whatever the file format was.</summary>
public sealed class SourceDocument
{
    /// <summary>Creates a document.</summary>
    public SourceDocument(string name, SourceFormat format, IReadOnlyList<SourceLine> lines)
    {
        Name = name;
        Format = format;
        Lines = lines;
    }

    /// <summary>The file name the document was read from.</summary>
    public string Name { get; }

    /// <summary>The file format it was read from.</summary>
    public SourceFormat Format { get; }

    /// <summary>The lines in reading order.</summary>
    public IReadOnlyList<SourceLine> Lines { get; }
}
