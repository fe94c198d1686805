using Gongkai.Classification;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Ledgers;

/// <summary>
/// What <see cref="LedgerBuilder"/> needs for every table: the ledger, the template set, the names of codes, and the
/// laying out of computed cells in the template's order.
/// </summary>
internal sealed class LedgerLayout
{
    private readonly Dictionary<string, string> functionalNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> economicNames = new(StringComparer.Ordinal);

    /// <summary>Creates the layout for one ledger.</summary>
    public LedgerLayout(Ledger ledger, TemplateSet templates, ClassificationCatalogue catalogue)
    {
        Ledger = ledger;
        Templates = templates;
        Catalogue = catalogue;
        foreach (var line in ledger.Lines.Where(l => l.Type == LedgerLineType.SubjectName))
        {
            if (line.FunctionalCode is not null)
            {
                functionalNames[line.FunctionalCode] = line.Text!.Trim();
            }

            if (line.EconomicCode is not null)
            {
                economicNames[line.EconomicCode] = line.Text!.Trim();
            }
        }
    }

    /// <summary>The ledger.</summary>
    public Ledger Ledger { get; }

    /// <summary>The template set.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The classification catalogue (possibly empty).</summary>
    public ClassificationCatalogue Catalogue { get; }

    // The ledger's own name for a code wins: the unit wrote it on purpose, and the checks compare it with the catalogue.

    /// <summary>The name of a functional code, or null when neither the ledger nor the catalogue names it.</summary>
    public string? FunctionalName(string code) => functionalNames.GetValueOrDefault(code)
        ?? Catalogue.Find(ClassificationScheme.Functional, code, Ledger.Year)?.Name;

    /// <summary>The name of an economic code, or null.</summary>
    public string? EconomicName(string code) => economicNames.GetValueOrDefault(code)
        ?? Catalogue.Find(ClassificationScheme.DepartmentEconomic, code, Ledger.Year)?.Name;

    /// <summary>Builds the table of a kind into the report when the template set has that table.</summary>
    public void Put(UnitYearReport report, DisclosureTableKind kind, Func<TableTemplate, DisclosureTable> build)
    {
        if (Templates.Table(kind) is { } template)
        {
            report.SetTable(build(template));
        }
    }

    /// <summary>An empty table with the template's number and title and the unit's name.</summary>
    public DisclosureTable NewTable(TableTemplate template) => new(template.Kind)
    {
        Number = template.Number,
        Title = template.Title,
        DepartmentField = Ledger.Unit.Name,
        PrintedUnit = AmountUnit.Wan,
    };

    /// <summary>
    /// A table of functional codes (公开02/03/05/08/09表): 合计 then 类/款/项. Given a no-data statement (a message
    /// template taking the unit's name), the table is published empty with that statement instead.
    /// </summary>
    public DisclosureTable Coded(TableTemplate template, CodedTotals totals, string? emptyStatement)
    {
        if (emptyStatement is not null)
        {
            var empty = NewTable(template);
            empty.EmptyStatement = MessageCatalogue.Format(emptyStatement, Ledger.Unit.Name);
            return empty;
        }

        var cells = new FixedCells(template.ColumnCount);
        for (var column = 1; column <= totals.Total.Length; column++)
        {
            cells.Set("Total", column, totals.Total[column - 1]);
        }

        return Layout(template, cells, totals.Rows.Select(r => new CodedRow(r.Key, FunctionalName(r.Key), r.Value)));
    }

    /// <summary>
    /// Lays a table out as its template does: fixed rows before, coded rows, fixed rows after; each cell only in the
    /// columns the template gives that row, rounded half-up to 2 decimals.
    /// </summary>
    public DisclosureTable Layout(TableTemplate template, FixedCells cells, IEnumerable<CodedRow> coded)
    {
        var table = NewTable(template);
        foreach (var row in template.FixedRows.Where(r => r.Position == RowPosition.Before))
        {
            AddFixed(table, template, row, cells);
        }

        foreach (var row in coded)
        {
            var added = table.Add(new TableRow(row.Code, row.Label, template.ColumnCount));
            foreach (var column in template.CodedRows.Columns.Where(c => c <= row.Cells.Length))
            {
                added[column] = Round(row.Cells[column - 1]);
            }
        }

        foreach (var row in template.FixedRows.Where(r => r.Position == RowPosition.After))
        {
            AddFixed(table, template, row, cells);
        }

        return table;
    }

    private static void AddFixed(DisclosureTable table, TableTemplate template, FixedRowTemplate row, FixedCells cells)
    {
        var added = table.Add(new TableRow(row.Key, row.Label, template.ColumnCount) { LineNumber = row.Line });
        foreach (var column in row.Columns)
        {
            added[column] = Round(cells.Get(row.Key, column));
        }
    }

    private static decimal? Round(decimal? value) => value is { } v ? AmountFormat.RoundHalfUp(v, 2) : null;
}
