using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Checks;

/// <summary>What a rule sees while it runs: the report, its templates, the classification catalogue and the tolerance.</summary>
public sealed class CheckContext
{
    private readonly DisclosureTable?[] tables = new DisclosureTable?[11];
    private readonly TableIndex?[] indexes = new TableIndex?[11];

    // 0 = not looked at yet, 1 = every cell readable, 2 = some cell unreadable; asked by every fast rule path.
    private readonly byte[] unreadable = new byte[11];
    private CellNaming? naming;

    /// <summary>Creates a context.</summary>
    public CheckContext(UnitYearReport report, TemplateSet templates, ClassificationCatalogue catalogue, Tolerance tolerance)
    {
        Report = report;
        Templates = templates;
        Catalogue = catalogue;
        Tolerance = tolerance;
        foreach (var kind in DisclosureTableKinds.All)
        {
            tables[Slot(kind)] = report.Table(kind);
        }
    }

    /// <summary>The report being checked.</summary>
    public UnitYearReport Report { get; }

    /// <summary>The template set that applies to it.</summary>
    public TemplateSet Templates { get; }

    /// <summary>The classification catalogue.</summary>
    public ClassificationCatalogue Catalogue { get; }

    /// <summary>The rounding tolerance.</summary>
    public Tolerance Tolerance { get; }

    /// <summary>Names cells in the user's words (made on first use: the passing path never needs it).</summary>
    public CellNaming Naming => naming ??= new CellNaming(Report, Templates);

    /// <summary>The report's table of a kind, or null (an array look-up: rules call this in their inner loops).</summary>
    public DisclosureTable? Table(DisclosureTableKind kind) => tables[Slot(kind)];

    /// <summary>True when some cell of the table is marked unreadable (scanned once per report, then remembered).</summary>
    public bool HasUnreadableCells(DisclosureTable table)
    {
        var slot = Slot(table.Kind);
        if (unreadable[slot] == 0)
        {
            unreadable[slot] = 1;
            var rows = table.Rows;
            for (var i = 0; i < rows.Count; i++)
            {
                if (rows[i].HasUnreadableCells)
                {
                    unreadable[slot] = 2;
                    break;
                }
            }
        }

        return unreadable[slot] == 2;
    }

    /// <summary>The hierarchy index of a table, computed on first use.</summary>
    public TableIndex Index(DisclosureTable table) => indexes[Slot(table.Kind)] ??= new TableIndex(table);

    private static int Slot(DisclosureTableKind kind) => kind == DisclosureTableKind.ExplanationFigures ? 10 : (int)kind;
}
