using Gongkai.Model;

namespace Gongkai.Documents;

/// <summary>
/// An input that cannot be read. The message is Chinese and says what and where (file, table, row, column, line);
/// callers show it as it is and exit with code 2 (CLI) or answer 400 (web). Never carries a stack trace to the user.
/// </summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentReadException(string message, string sourceName, SourcePosition? position = null, Exception? inner = null)
        : base(message, inner)
    {
        SourceName = sourceName;
        Position = position;
    }

    /// <summary>The file (or upload) name.</summary>
    public string SourceName { get; }

    /// <summary>Where in it, when known.</summary>
    public SourcePosition? Position { get; }
}
