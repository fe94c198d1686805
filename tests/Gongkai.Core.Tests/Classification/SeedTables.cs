namespace Gongkai.Core.Tests.Classification;

/// <summary>Reads rows of the published tables of seed 001 (../shared/seeds beside the repository root).</summary>
internal static class SeedTables
{
    private static readonly Lazy<string[]> Seed001Lines = new(() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot(), "..", "shared", "seeds", "001_424111e6d4059655.txt")));

    /// <summary>The tab-separated lines of a table of seed 001, from its number (公开 02 表) to its note (注：).</summary>
    public static IEnumerable<string[]> Table001(string number)
    {
        var lines = Seed001Lines.Value;
        var start = Array.FindIndex(lines, l => l.Contains(number, StringComparison.Ordinal));
        Assert.True(start >= 0, "seed 001 lacks " + number);
        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("注", StringComparison.Ordinal); i++)
        {
            if (lines[i].Contains('\t', StringComparison.Ordinal))
            {
                yield return lines[i].Split('\t');
            }
        }
    }

    /// <summary>The (code, name) pairs a classification table of seed 001 prints, in order.</summary>
    public static List<(string Code, string Name)> CodedRows001(string number) =>
        Table001(number).Where(f => f.Length > 1 && f[0].Length > 0 && f[0].All(char.IsAsciiDigit))
            .Select(f => (f[0], f[1])).ToList();

    /// <summary>The (code, name) pairs of seed 001 公开06表, which prints three (code, name, amount) groups per line.</summary>
    public static List<(string Code, string Name)> EconomicRows001() =>
        Table001("公开 06 表")
            .SelectMany(f => Enumerable.Range(0, f.Length / 3).Select(g => (Code: f[g * 3], Name: f[(g * 3) + 1])))
            .Where(p => p.Code.Length > 0 && p.Code.All(char.IsAsciiDigit))
            .ToList();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
