using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>Loads a user's scoring rule set file (gongkai score --rules FILE).</summary>
public static class ScoringRuleSetFile
{
    private const long MaxBytes = 1024 * 1024;

    /// <summary>
    /// Reads and parses the file. A missing or unreadable file is a <see cref="DocumentReadException"/>; an invalid
    /// rule set is a <see cref="FormatException"/> whose Chinese message says what is wrong.
    /// </summary>
    public static ScoringRuleSet Load(string path)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileTooLarge, path, info.Length, MaxBytes), path);
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileNotFound, path), path, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), path, inner: e);
        }

        return ScoringRuleSetParser.Parse(text, path);
    }
}
