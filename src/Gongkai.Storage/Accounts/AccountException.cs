namespace Gongkai.Storage.Accounts;

/// <summary>An account or unit write was refused and nothing was changed; the message is Chinese and says why.</summary>
public sealed class AccountException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AccountException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
