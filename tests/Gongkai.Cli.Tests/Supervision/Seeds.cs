using Gongkai.Documents.Supervision;
using Gongkai.Model;

namespace Gongkai.Cli.Tests.Supervision;

/// <summary>The five seed documents (../shared/seeds/*.txt) read through the document readers.</summary>
internal static class Seeds
{
    private static readonly Lazy<IReadOnlyList<UnitYearReport>> AllLazy = new(() =>
        [.. Files().Select(f => SupervisedDocuments.Read(f).Report)]);

    public static string Directory => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Paths.Sample("x"))!, "..", "..", "shared", "seeds"));

    public static string File(string prefix) => Files().Single(f => Path.GetFileName(f).StartsWith(prefix, StringComparison.Ordinal));

    public static IReadOnlyList<string> Files() =>
        [.. System.IO.Directory.GetFiles(Directory, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>Every seed as read (a fresh copy each call, so tests may change them).</summary>
    public static IReadOnlyList<UnitYearReport> All() => [.. AllLazy.Value.Select(r => r.Clone())];
}
