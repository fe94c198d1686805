using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Consolidation;

/// <summary>
/// The running sums of one table kind over many reports: one array of cells per row key, blank until a member prints
/// an amount there (blank + blank stays blank; blank + x is x). Not thread-safe: each worker keeps its own and
/// <see cref="Merge"/> joins them.
/// </summary>
internal sealed class TableAccumulator
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> keys = [];
    private readonly List<string?> labels = [];
    private readonly List<int?> lineNumbers = [];
    private readonly List<decimal?[]> cells = [];
    private Dictionary<(int Row, int Column), string>? unreadable;

    public TableAccumulator(DisclosureTableKind kind) => Kind = kind;

    public DisclosureTableKind Kind { get; }

    public string? Number { get; private set; }

    public string? Title { get; private set; }

    public string? EmptyStatement { get; private set; }

    /// <summary>Adds every cell of a member's table; rows the filter refuses are left out.</summary>
    public void Add(DisclosureTable table, Func<string, bool>? keep)
    {
        Number ??= table.Number;
        Title ??= table.Title;
        EmptyStatement ??= table.EmptyStatement;
        var rows = table.Rows;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (keep is not null && !keep(row.Key))
            {
                continue;
            }

            var i = Slot(row.Key, row.Label, row.LineNumber, row.ColumnCount);
            var sums = cells[i];
            var source = row.Cells;
            if (sums.Length < source.Length)
            {
                Array.Resize(ref sums, source.Length);
                cells[i] = sums;
            }

            for (var c = 0; c < source.Length; c++)
            {
                if (source[c] is { } v)
                {
                    sums[c] = sums[c] is { } s ? s + v : v;
                }
            }

            if (row.HasUnreadableCells)
            {
                unreadable ??= [];
                foreach (var (column, text) in row.UnreadableCells)
                {
                    unreadable.TryAdd((i, column), text);
                }
            }
        }
    }

    /// <summary>Adds another worker's sums (its rows after this one's, so that the first label seen wins).</summary>
    public void Merge(TableAccumulator other)
    {
        Number ??= other.Number;
        Title ??= other.Title;
        EmptyStatement ??= other.EmptyStatement;
        for (var j = 0; j < other.keys.Count; j++)
        {
            var theirs = other.cells[j];
            var i = Slot(other.keys[j], other.labels[j], other.lineNumbers[j], theirs.Length);
            var sums = cells[i];
            if (sums.Length < theirs.Length)
            {
                Array.Resize(ref sums, theirs.Length);
                cells[i] = sums;
            }

            for (var c = 0; c < theirs.Length; c++)
            {
                if (theirs[c] is { } v)
                {
                    sums[c] = sums[c] is { } s ? s + v : v;
                }
            }
        }

        if (other.unreadable is not null)
        {
            unreadable ??= [];
            foreach (var ((row, column), text) in other.unreadable)
            {
                unreadable.TryAdd((index[other.keys[row]], column), text);
            }
        }
    }

    /// <summary>The summed table, rows in template order: fixed rows before, coded rows by code, fixed rows after, the rest.</summary>
    public DisclosureTable Build(TableTemplate? template, string emptyStatement)
    {
        var table = new DisclosureTable(Kind)
        {
            Number = template?.Number ?? Number,
            Title = template?.Title ?? Title,
        };
        var order = Enumerable.Range(0, keys.Count).OrderBy(i => Rank(template, keys[i])).ThenBy(i => TableRow.IsCode(keys[i]) ? keys[i] : "", StringComparer.Ordinal).ThenBy(i => i);
        foreach (var i in order)
        {
            var sums = cells[i];
            var fixedRow = template?.FixedRow(keys[i]);
            var row = new TableRow(keys[i], labels[i] ?? fixedRow?.Label, Math.Max(sums.Length, template?.ColumnCount ?? 1))
            {
                LineNumber = fixedRow?.Line ?? lineNumbers[i],
            };
            for (var c = 0; c < sums.Length; c++)
            {
                if (sums[c] is { } v)
                {
                    row[c + 1] = v;
                }
            }

            table.Add(row);
        }

        if (unreadable is not null)
        {
            foreach (var ((i, column), text) in unreadable)
            {
                table.Find(keys[i])!.MarkUnreadable(column, text);
            }
        }

        if (table.Rows.Count == 0 && EmptyStatement is not null)
        {
            table.EmptyStatement = emptyStatement;
        }

        return table;
    }

    // 0: fixed rows printed before the coded rows (in template order); 1: coded rows; 2: fixed rows after; 3: unknown keys.
    private static int Rank(TableTemplate? template, string key)
    {
        if (TableRow.IsCode(key))
        {
            return 100_000;
        }

        if (template is null)
        {
            return 300_000;
        }

        for (var i = 0; i < template.FixedRows.Count; i++)
        {
            var row = template.FixedRows[i];
            if (string.Equals(row.Key, key, StringComparison.Ordinal))
            {
                return (row.Position == RowPosition.Before ? 0 : 200_000) + i;
            }
        }

        return 300_000;
    }

    private int Slot(string key, string? label, int? lineNumber, int columnCount)
    {
        if (index.TryGetValue(key, out var i))
        {
            if (labels[i] is null && label is not null)
            {
                labels[i] = label;
            }

            return i;
        }

        i = keys.Count;
        index.Add(key, i);
        keys.Add(key);
        labels.Add(label);
        lineNumbers.Add(lineNumber);
        cells.Add(new decimal?[Math.Max(columnCount, 1)]);
        return i;
    }
}
