using Gongkai.Documents.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Canonical;

/// <summary>samples/seed-001.json, the hand transcription of seed 001, read once per test run.</summary>
internal static class SeedSample
{
    private static readonly Lazy<string> TextLazy = new(() => File.ReadAllText(Path));

    /// <summary>The file's path.</summary>
    public static string Path => RepositoryPaths.InRepository("samples", "seed-001.json");

    /// <summary>The file's text.</summary>
    public static string Text => TextLazy.Value;

    /// <summary>A fresh report read from the file (tests may change it).</summary>
    public static UnitYearReport Read() => CanonicalJsonReader.Read(Text, "seed-001.json");
}
