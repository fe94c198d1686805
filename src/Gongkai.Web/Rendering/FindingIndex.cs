using Gongkai.Checks;
using Gongkai.Model;

namespace Gongkai.Web.Rendering;

/// <summary>
/// The findings of one audit numbered from 1 in their order, looked up by the cell or source line they name, so a
/// table cell or a quoted line can show and link the findings about it.
/// </summary>
public sealed class FindingIndex
{
    private readonly Dictionary<CellRef, List<(int, Finding)>> byCell = [];
    private readonly Dictionary<int, List<(int, Finding)>> byLine = [];

    /// <summary>Indexes the findings of a result.</summary>
    public FindingIndex(CheckResult result)
    {
        var number = 0;
        foreach (var finding in result.Findings)
        {
            number++;
            foreach (var cell in finding.Cells.Distinct())
            {
                Add(byCell, cell, (number, finding));
            }

            if (finding.Source?.Line is { } line)
            {
                Add(byLine, line, (number, finding));
            }
        }
    }

    /// <summary>The element id of a table cell on the report pages: c-T05-201-1.</summary>
    public static string CellId(CellRef cell) =>
        "c-" + cell.Table.ShortCode() + "-" + cell.RowKey + "-" + cell.Column.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The findings (number, finding) about a cell; empty when none.</summary>
    public IReadOnlyList<(int Number, Finding Finding)> ForCell(CellRef cell) => byCell.TryGetValue(cell, out var list) ? list : [];

    /// <summary>The findings (number, finding) about a source line (1-based); empty when none.</summary>
    public IReadOnlyList<(int Number, Finding Finding)> ForLine(int line) => byLine.TryGetValue(line, out var list) ? list : [];

    private static void Add<TKey>(Dictionary<TKey, List<(int, Finding)>> map, TKey key, (int, Finding) entry)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(entry);
    }
}
