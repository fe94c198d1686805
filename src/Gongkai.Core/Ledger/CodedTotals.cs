using Gongkai.Classification;

namespace Gongkai.Ledgers;

/// <summary>
/// Amounts by classification code and column, rolled up as they are added: a 项 (7 digits) also counts for its 款 and
/// 类, a 款 (5 digits) for its 类, and every code for the total. A cell no amount reached stays null (blank).
/// </summary>
internal sealed class CodedTotals
{
    private readonly SortedDictionary<string, decimal?[]> rows = new(StringComparer.Ordinal);
    private readonly int columnCount;

    /// <summary>Creates empty totals with the given number of columns (栏次 1…n).</summary>
    public CodedTotals(int columnCount)
    {
        this.columnCount = columnCount;
        Total = new decimal?[columnCount];
    }

    /// <summary>The total over all codes, by column (index 0 is column 1).</summary>
    public decimal?[] Total { get; }

    /// <summary>True when no amount was added.</summary>
    public bool IsEmpty => rows.Count == 0;

    /// <summary>Every code reached (leaves and their parents), in code order, which puts parents before children.</summary>
    public IEnumerable<KeyValuePair<string, decimal?[]>> Rows => rows;

    /// <summary>The cells of a code, or null when no amount reached it.</summary>
    public decimal?[]? Find(string code) => rows.GetValueOrDefault(code);

    /// <summary>Adds an amount to a code, its parents and the total.</summary>
    public void Add(string code, int column, decimal amount)
    {
        Accumulate(Total, column, amount);
        for (var c = code; c is not null; c = ClassificationCatalogue.ParentCodeOf(c))
        {
            if (!rows.TryGetValue(c, out var cells))
            {
                cells = new decimal?[columnCount];
                rows[c] = cells;
            }

            Accumulate(cells, column, amount);
        }
    }

    /// <summary>
    /// Sets a column of every row (and the total) from the row's other columns, e.g. 本年支出合计 = Σ uses; blank when
    /// every part is blank.
    /// </summary>
    public void Derive(int column, params int[] parts)
    {
        foreach (var cells in rows.Values.Append(Total))
        {
            cells[column - 1] = Sum(parts.Select(p => cells[p - 1]));
        }
    }

    /// <summary>Σ of the amounts, null when all are null (blank), so that totals of blanks stay blank.</summary>
    public static decimal? Sum(IEnumerable<decimal?> values)
    {
        decimal? sum = null;
        foreach (var v in values)
        {
            if (v is not null)
            {
                sum = sum is null ? v : sum + v;
            }
        }

        return sum;
    }

    /// <summary>Σ of the amounts, null when all are null.</summary>
    public static decimal? Sum(params decimal?[] values) => Sum((IEnumerable<decimal?>)values);

    private static void Accumulate(decimal?[] cells, int column, decimal amount) =>
        cells[column - 1] = cells[column - 1] is { } v ? v + amount : amount;
}
