using Gongkai.Documents.Performance;

namespace Gongkai.Documents.Tests.Performance;

/// <summary>Seed 004 (../shared/seeds), read once per test run.</summary>
internal static class Seed004Text
{
    private static readonly Lazy<string> TextLazy = new(() => File.ReadAllText(Path));

    public static string Path => System.IO.Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "004_f345c05e6f8977cf.txt");

    public static string Text => TextLazy.Value;

    public static PerformanceDocument Read() => PerformanceTextReader.Read(Text, "004.txt");
}
