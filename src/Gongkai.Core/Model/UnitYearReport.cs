namespace Gongkai.Model;

/// <summary>
/// A unit's disclosure for one fiscal year: the tables, the figures its 情况说明 state beyond the tables, the unit's
/// own reason texts and term definitions. Every reader produces one; every check, writer and store takes one.
/// </summary>
public sealed class UnitYearReport
{
    private readonly Dictionary<DisclosureTableKind, DisclosureTable> tables = [];

    /// <summary>Final accounts or budget.</summary>
    public DisclosureKind Kind { get; set; } = DisclosureKind.FinalAccounts;

    /// <summary>Who reports.</summary>
    public BudgetUnit Unit { get; set; } = new();

    /// <summary>The fiscal (calendar) year reported on.</summary>
    public int Year { get; set; }

    /// <summary>The unit the source printed its amounts in; the model holds 万元 whatever it is.</summary>
    public AmountUnit PrintedUnit { get; set; } = AmountUnit.Wan;

    /// <summary>The region whose templates and rule set apply (null: the default).</summary>
    public string? TemplateRegion { get; set; }

    /// <summary>The unit's own words for reasons (主要原因是…), keyed by subject (see docs/FORMAT.md).</summary>
    public SortedDictionary<string, string> Reasons { get; set; } = new(StringComparer.Ordinal);

    /// <summary>名词解释 as published.</summary>
    public List<TermDefinition> TermDefinitions { get; set; } = [];

    /// <summary>The 部门整体支出绩效自评表 with the prose of its evaluation report, when the unit-year has one.</summary>
    public Performance.SelfEvaluationSheet? SelfEvaluation { get; set; }

    /// <summary>The 部门整体支出绩效评价基础数据表, when the unit-year has one.</summary>
    public Performance.EvaluationBaseData? EvaluationBaseData { get; set; }

    /// <summary>The tables present, in kind order.</summary>
    public IEnumerable<DisclosureTable> Tables =>
        DisclosureTableKinds.All.Where(tables.ContainsKey).Select(k => tables[k]);

    /// <summary>The table of this kind, or null when the report lacks it.</summary>
    public DisclosureTable? Table(DisclosureTableKind kind) => tables.GetValueOrDefault(kind);

    /// <summary>The table of this kind, created when absent.</summary>
    public DisclosureTable GetOrAddTable(DisclosureTableKind kind)
    {
        if (!tables.TryGetValue(kind, out var table))
        {
            table = new DisclosureTable(kind);
            tables[kind] = table;
        }

        return table;
    }

    /// <summary>Puts a table in, replacing any of the same kind.</summary>
    public void SetTable(DisclosureTable table) => tables[table.Kind] = table;

    /// <summary>Removes the table of this kind.</summary>
    public bool RemoveTable(DisclosureTableKind kind) => tables.Remove(kind);

    /// <summary>A deep copy (for what-if edits such as mutation tests).</summary>
    public UnitYearReport Clone()
    {
        var copy = new UnitYearReport
        {
            Kind = Kind,
            Unit = new BudgetUnit
            {
                Name = Unit.Name, Region = Unit.Region, Level = Unit.Level, Kind = Unit.Kind,
                Duties = [.. Unit.Duties], Organisation = Unit.Organisation, ReportingScope = Unit.ReportingScope,
                AuthorizedHeadcount = Unit.AuthorizedHeadcount, ActualHeadcount = Unit.ActualHeadcount,
            },
            Year = Year,
            PrintedUnit = PrintedUnit,
            TemplateRegion = TemplateRegion,
            Reasons = new SortedDictionary<string, string>(Reasons, StringComparer.Ordinal),
            TermDefinitions = [.. TermDefinitions],
            SelfEvaluation = SelfEvaluation?.Clone(),
            EvaluationBaseData = EvaluationBaseData?.Clone(),
        };
        foreach (var (kind, table) in tables)
        {
            copy.tables[kind] = table.Clone();
        }

        return copy;
    }
}
