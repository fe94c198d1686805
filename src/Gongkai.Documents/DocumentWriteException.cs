namespace Gongkai.Documents;

/// <summary>
/// A document could not be written (a converter missing, timing out or failing). The message is Chinese, from
/// <see cref="Messages.MessageCatalogue"/>, and says what to do.
/// </summary>
public sealed class DocumentWriteException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public DocumentWriteException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
