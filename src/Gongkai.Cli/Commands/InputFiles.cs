using Gongkai.Messages;

namespace Gongkai.Cli.Commands;

/// <summary>Expands the FILE... arguments: files as given, directories to the readable files below them.</summary>
public static class InputFiles
{
    /// <summary>The extensions audit reads: canonical JSON and the published formats (text, Markdown, PDF, Word, Excel).</summary>
    public static readonly IReadOnlySet<string> Readable = Documents.Reading.DocumentReaders.Extensions;

    /// <summary>Files in argument order; a directory contributes its readable files in name order.</summary>
    public static IEnumerable<string> Expand(IEnumerable<string> arguments)
    {
        foreach (var a in arguments)
        {
            if (Directory.Exists(a))
            {
                foreach (var f in Directory.EnumerateFiles(a, "*", SearchOption.AllDirectories)
                             .Where(f => Readable.Contains(Path.GetExtension(f)))
                             .Order(StringComparer.Ordinal))
                {
                    yield return f;
                }
            }
            else
            {
                yield return a;
            }
        }
    }

    /// <summary>Throws a usage error when nothing was named.</summary>
    public static void RequireSome(IReadOnlyList<string> arguments, string what)
    {
        if (arguments.Count == 0)
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, what));
        }
    }
}
