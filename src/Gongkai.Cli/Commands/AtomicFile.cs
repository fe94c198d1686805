using Gongkai.Messages;

namespace Gongkai.Cli.Commands;

/// <summary>Writes a file whole or not at all: to a temporary file beside it, then a rename.</summary>
public static class AtomicFile
{
    /// <summary>Writes UTF-8 text (no BOM) atomically; a failure leaves any existing file untouched.</summary>
    public static void WriteAllText(string path, string text) =>
        WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes bytes atomically; a failure leaves any existing file untouched.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // The temporary file may not exist; nothing else to undo.
            }

            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliWriteFailed, path, e.Message));
        }
    }
}
