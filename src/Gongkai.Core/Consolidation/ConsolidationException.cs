namespace Gongkai.Consolidation;

/// <summary>Reports that cannot be added into one (none given, different years or kinds); the message is Chinese.</summary>
public sealed class ConsolidationException : Exception
{
    /// <summary>Creates the exception with a Chinese message.</summary>
    public ConsolidationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ConsolidationException()
    {
    }

    /// <summary>Creates the exception with an inner one.</summary>
    public ConsolidationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
