namespace Gongkai.Classification;

/// <summary>
/// The 政府收支分类科目 known to Gongkai: look-up by scheme, code and year; parent and children. The shipped catalogue
/// is partial (see catalogues/README.md), so a code it lacks is a notice, not an error.
/// </summary>
public sealed class ClassificationCatalogue
{
    private readonly Dictionary<(ClassificationScheme, string), List<ClassificationEntry>> byCode = [];

    /// <summary>Creates a catalogue from entries; later entries for the same code and years take precedence.</summary>
    public ClassificationCatalogue(IEnumerable<ClassificationEntry> entries)
    {
        foreach (var e in entries)
        {
            if (!byCode.TryGetValue((e.Scheme, e.Code), out var list))
            {
                list = [];
                byCode[(e.Scheme, e.Code)] = list;
            }

            list.Insert(0, e);
        }
    }

    /// <summary>An empty catalogue.</summary>
    public static ClassificationCatalogue Empty { get; } = new([]);

    /// <summary>Every entry.</summary>
    public IEnumerable<ClassificationEntry> Entries => byCode.Values.SelectMany(l => l);

    /// <summary>The entry for a code in a year, or null when the catalogue lacks it.</summary>
    public ClassificationEntry? Find(ClassificationScheme scheme, string code, int year) =>
        byCode.TryGetValue((scheme, code), out var list) ? list.FirstOrDefault(e => e.Covers(year)) : null;

    /// <summary>The parent code implied by the code's length (20101 → 201), or null for a 类.</summary>
    public static string? ParentCodeOf(string code) => code.Length switch
    {
        5 => code[..3],
        7 => code[..5],
        _ => null,
    };

    /// <summary>The level implied by a code's length, or null when the length is not 3, 5 or 7.</summary>
    public static ClassificationLevel? LevelOf(string code) => code.Length switch
    {
        3 => ClassificationLevel.Class,
        5 => ClassificationLevel.Section,
        7 => ClassificationLevel.Item,
        _ => null,
    };

    /// <summary>The known children of a code in a year.</summary>
    public IEnumerable<ClassificationEntry> Children(ClassificationScheme scheme, string code, int year) =>
        byCode.Values.Select(l => l.FirstOrDefault(e => e.Covers(year)))
            .Where(e => e is not null && e.Scheme == scheme && e.ParentCode == code)
            .Select(e => e!)
            .OrderBy(e => e.Code, StringComparer.Ordinal);
}
