using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The seed documents in ../shared/seeds and the reference model of seed 001.</summary>
internal static class SeedDocuments
{
    /// <summary>The seeds folder beside the repository.</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds"));

    /// <summary>Seed 001 (2020 部门决算公开 of 株洲市渌口区人大常委会).</summary>
    public static string Seed001 => Path.Combine(Folder, "001_424111e6d4059655.txt");

    /// <summary>Every seed text file.</summary>
    public static IReadOnlyList<string> All =>
        Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The text of a seed.</summary>
    public static string Text(string path) => File.ReadAllText(path);

    /// <summary>
    /// samples/seed-001.json with the tables only (the S figures come from the sentences, which the table readers do
    /// not read).
    /// </summary>
    public static UnitYearReport ExpectedTables()
    {
        var report = SeedSample.Read();
        report.RemoveTable(DisclosureTableKind.ExplanationFigures);
        return report;
    }

    /// <summary>The one cell the text of seed 001 prints blank while the transcription holds 3.27 (docs/FORMAT.md).</summary>
    public static CellDifference KnownDifference =>
        new(new CellRef(DisclosureTableKind.GeneralBudgetBasicExpenditure, "310", 1), 3.27m, null);
}
