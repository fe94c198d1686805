using Gongkai.Model;

namespace Gongkai.Templates;

/// <summary>The templates of every table of one disclosure kind, for a region and a range of years.</summary>
public sealed class TemplateSet
{
    private readonly Dictionary<DisclosureTableKind, TableTemplate> tables;

    /// <summary>Creates a set.</summary>
    public TemplateSet(DisclosureKind kind, string region, int fromYear, int? toYear, IReadOnlyList<TableTemplate> tables)
    {
        Kind = kind;
        Region = region;
        FromYear = fromYear;
        ToYear = toYear;
        Tables = tables;
        this.tables = tables.ToDictionary(t => t.Kind);
    }

    /// <summary>Final accounts or budget.</summary>
    public DisclosureKind Kind { get; }

    /// <summary>The region it is for ("default" for the national template).</summary>
    public string Region { get; }

    /// <summary>First year it applies to.</summary>
    public int FromYear { get; }

    /// <summary>Last year it applies to, or null when current.</summary>
    public int? ToYear { get; }

    /// <summary>All table templates.</summary>
    public IReadOnlyList<TableTemplate> Tables { get; }

    /// <summary>The template of a table kind, or null when the set lacks it.</summary>
    public TableTemplate? Table(DisclosureTableKind kind) => tables.GetValueOrDefault(kind);

    /// <summary>True when the set applies to the year.</summary>
    public bool Covers(int year) => year >= FromYear && (ToYear is null || year <= ToYear);
}
