namespace Gongkai.Storage.Backup;

/// <summary>
/// A backup cannot be written or restored: the archive is damaged or from a newer program, the target is not an empty
/// installation, or the restore failed and was rolled back. The message is Chinese and names the archive or target.
/// </summary>
public sealed class BackupException : Exception
{
    /// <summary>Creates the exception.</summary>
    public BackupException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
