using Gongkai.Data;
using Gongkai.Messages;

namespace Gongkai.Classification;

/// <summary>
/// The 政府收支分类科目 known to Gongkai: look-up by scheme, code and year; parent and children; look-up by printed
/// name. The shipped catalogue is partial (see catalogues/README.md), so a code it lacks is a notice, not an error.
/// </summary>
public sealed class ClassificationCatalogue
{
    private static readonly Lazy<ClassificationCatalogue> BuiltInLazy = new(LoadBuiltIn);

    private readonly List<ClassificationEntry> entries;
    private readonly Dictionary<(ClassificationScheme, string), List<ClassificationEntry>> byCode = [];

    // One ordinal string index per scheme for Find, which runs for every coded row of every report checked.
    private readonly Dictionary<string, List<ClassificationEntry>>[] bySchemeCode =
        [.. Enum.GetValues<ClassificationScheme>().Select(_ => new Dictionary<string, List<ClassificationEntry>>(StringComparer.Ordinal))];
    private readonly Lazy<Dictionary<(ClassificationScheme, string), List<string>>> codesByName;

    // The same lists keyed by the code read as a number (see NumericKey): hashing an int is much cheaper than hashing
    // a string, and Find runs for every coded row of every report checked.
    private readonly Dictionary<int, List<ClassificationEntry>>[] bySchemeNumber =
        [.. Enum.GetValues<ClassificationScheme>().Select(_ => new Dictionary<int, List<ClassificationEntry>>())];

    /// <summary>Creates a catalogue from entries; later entries for the same code and years take precedence.</summary>
    public ClassificationCatalogue(IEnumerable<ClassificationEntry> entries)
    {
        this.entries = [.. entries];
        foreach (var e in this.entries)
        {
            if (!byCode.TryGetValue((e.Scheme, e.Code), out var list))
            {
                list = [];
                byCode[(e.Scheme, e.Code)] = list;
                bySchemeCode[(int)e.Scheme][e.Code] = list;
                if (NumericKey(e.Code) is var key and >= 0)
                {
                    bySchemeNumber[(int)e.Scheme][key] = list;
                }
            }

            list.Insert(0, e);
        }

        codesByName = new(BuildNameIndex);
    }

    /// <summary>An empty catalogue.</summary>
    public static ClassificationCatalogue Empty { get; } = new([]);

    /// <summary>
    /// The catalogue shipped with Gongkai (catalogues/functional.csv, department-economic.csv, government-economic.csv),
    /// read once on first use; the scheme of each file comes from its name.
    /// </summary>
    public static ClassificationCatalogue BuiltIn => BuiltInLazy.Value;

    /// <summary>Every entry, in the order given (so that a copy built from them keeps the same precedence).</summary>
    public IEnumerable<ClassificationEntry> Entries => entries;

    /// <summary>
    /// One catalogue from several, later ones taking precedence for the same code and years: merge the built-in one
    /// first and a user's fuller list after it, and the user's names win where both have the code.
    /// </summary>
    public static ClassificationCatalogue Merge(params ClassificationCatalogue[] catalogues) =>
        new(catalogues.SelectMany(c => c.entries));

    /// <summary>The entry for a code in a year, or null when the catalogue lacks it.</summary>
    public ClassificationEntry? Find(ClassificationScheme scheme, string code, int year)
    {
        // Called for every coded row of every report checked: a plain loop, no LINQ closure.
        var key = NumericKey(code);
        if (key >= 0 ? bySchemeNumber[(int)scheme].TryGetValue(key, out var list) : bySchemeCode[(int)scheme].TryGetValue(code, out list))
        {
            foreach (var e in list)
            {
                if (e.Covers(year))
                {
                    return e;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A code of one to eight digits as a number that also encodes its length (201 and 00201 differ), or -1 for any
    /// other string.
    /// </summary>
    private static int NumericKey(string code)
    {
        if (code.Length is 0 or > 8)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in code)
        {
            if (c is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return (value * 10) + code.Length;
    }

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

    /// <summary>The entry of a code's parent in a year, or null for a 类 or when the catalogue lacks the parent.</summary>
    public ClassificationEntry? Parent(ClassificationScheme scheme, string code, int year) =>
        ParentCodeOf(code) is { } parent ? Find(scheme, parent, year) : null;

    /// <summary>The known children of a code in a year.</summary>
    public IEnumerable<ClassificationEntry> Children(ClassificationScheme scheme, string code, int year) =>
        byCode.Values.Select(l => l.FirstOrDefault(e => e.Covers(year)))
            .Where(e => e is not null && e.Scheme == scheme && e.ParentCode == code)
            .Select(e => e!)
            .OrderBy(e => e.Code, StringComparer.Ordinal);

    /// <summary>
    /// Every entry of a year whose name the printed name denotes (see <see cref="ClassificationNames.Matches"/>), at
    /// the level when given, in code order. Only the entry in force for the year is considered for each code, so a
    /// name that a later catalogue replaced no longer finds its code.
    /// </summary>
    public IReadOnlyList<ClassificationEntry> FindAllByName(
        ClassificationScheme scheme, string printedName, int year, ClassificationLevel? level = null)
    {
        var found = new List<ClassificationEntry>();
        foreach (var key in ClassificationNames.Keys(printedName))
        {
            if (!codesByName.Value.TryGetValue((scheme, key), out var codes))
            {
                continue;
            }

            foreach (var code in codes)
            {
                var entry = Find(scheme, code, year);
                if (entry is not null && (level is null || entry.Level == level) && !found.Contains(entry)
                    && ClassificationNames.Matches(printedName, entry.Name))
                {
                    found.Add(entry);
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        return found;
    }

    /// <summary>
    /// The one entry of a year whose name the printed name denotes, or null when none or several do. Readers use it
    /// to key rows printed without a code, such as the 支出 side of 公开01表 (七、住房保障支出 → 221); passing the level
    /// settles names shared across levels (229/22999/2299999 其他支出).
    /// </summary>
    public ClassificationEntry? FindByName(ClassificationScheme scheme, string printedName, int year, ClassificationLevel? level = null)
    {
        var found = FindAllByName(scheme, printedName, year, level);
        return found.Count == 1 ? found[0] : null;
    }

    private Dictionary<(ClassificationScheme, string), List<string>> BuildNameIndex()
    {
        // Every name a code ever had, so that a look-up for any year can start here and then check the entry in force.
        var index = new Dictionary<(ClassificationScheme, string), List<string>>();
        foreach (var e in entries)
        {
            var key = (e.Scheme, ClassificationNames.Normalize(e.Name));
            if (!index.TryGetValue(key, out var codes))
            {
                codes = [];
                index[key] = codes;
            }

            if (!codes.Contains(e.Code))
            {
                codes.Add(e.Code);
            }
        }

        return index;
    }

    private static ClassificationCatalogue LoadBuiltIn()
    {
        var all = new List<ClassificationEntry>();
        foreach (var name in BuiltInData.Names("catalogues/"))
        {
            if (!ClassificationSchemes.TryFromFileName(name, out var scheme))
            {
                throw new FormatException(MessageCatalogue.Format(MessageCatalogue.CatalogueSchemeUnknown, name));
            }

            all.AddRange(CatalogueCsvParser.Parse(BuiltInData.Read(name), scheme, name));
        }

        return new ClassificationCatalogue(all);
    }
}
