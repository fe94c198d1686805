namespace Gongkai.Storage;

/// <summary>
/// The database cannot be created, opened or migrated. The message is Chinese and names the database file and, for a
/// migration, its number and name; the host shows it as it is and does not start.
/// </summary>
public sealed class StorageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StorageException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
