namespace Gongkai.Model;

/// <summary>
/// Compares the cells of two reports over every table, for round trips (parse, export, ledger build) and tests. A table
/// or row one report lacks counts as all blank, so a writer that omits blank rows still matches; amounts compare by
/// value, so 24.2 equals 24.20. Blank (null) differs from 0.
/// </summary>
public static class ReportComparer
{
    /// <summary>
    /// Every cell whose amount differs, in table order, then row order (the expected report's rows first, then rows
    /// only the actual report has), then column.
    /// </summary>
    public static IReadOnlyList<CellDifference> Compare(UnitYearReport expected, UnitYearReport actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<CellDifference>();
        foreach (var kind in DisclosureTableKinds.All)
        {
            var left = expected.Table(kind);
            var right = actual.Table(kind);
            var keys = (left?.Rows ?? []).Select(r => r.Key)
                .Concat((right?.Rows ?? []).Select(r => r.Key))
                .Distinct(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                var a = left?.Find(key);
                var b = right?.Find(key);
                var columns = Math.Max(a?.ColumnCount ?? 0, b?.ColumnCount ?? 0);
                for (var column = 1; column <= columns; column++)
                {
                    var x = a?[column];
                    var y = b?[column];
                    if (x != y)
                    {
                        differences.Add(new CellDifference(new CellRef(kind, key, column), x, y));
                    }
                }
            }
        }

        return differences;
    }
}
