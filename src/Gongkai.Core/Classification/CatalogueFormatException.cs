namespace Gongkai.Classification;

/// <summary>A malformed catalogue file. The message is Chinese and names the file and line; <see cref="Line"/> repeats the line.</summary>
public sealed class CatalogueFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public CatalogueFormatException(string message, string sourceName, int line)
        : base(message)
    {
        SourceName = sourceName;
        Line = line;
    }

    /// <summary>The file name as given to the parser.</summary>
    public string SourceName { get; }

    /// <summary>The 1-based line (CSV) or row (sheet).</summary>
    public int Line { get; }
}
