namespace Gongkai.Model;

/// <summary>
/// One of the disclosure tables (公开01–09表) or the explanation figures, as an ordered list of keyed rows.
/// The layout of each kind (columns, fixed rows, labels) is data: see <see cref="Templates.TableTemplate"/>.
/// </summary>
public sealed class DisclosureTable
{
    private readonly List<TableRow> rows = [];
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);

    // The same index, looked up by span so that parent codes (20101 of 2010101) need no new string.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spanIndex;

    /// <summary>Creates an empty table of the given kind.</summary>
    public DisclosureTable(DisclosureTableKind kind)
    {
        Kind = kind;
        spanIndex = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Which table this is.</summary>
    public DisclosureTableKind Kind { get; }

    /// <summary>The number as printed, e.g. 公开01表.</summary>
    public string? Number { get; set; }

    /// <summary>The title as printed, e.g. 收入支出决算总表.</summary>
    public string? Title { get; set; }

    /// <summary>The 部门 field of the header as printed (it should name the unit).</summary>
    public string? DepartmentField { get; set; }

    /// <summary>The unit of the header as printed (单位：万元).</summary>
    public AmountUnit? PrintedUnit { get; set; }

    /// <summary>The statement that the table has no data and why (此表无数据…), when it is published empty.</summary>
    public string? EmptyStatement { get; set; }

    /// <summary>Where the table starts in its source document.</summary>
    public SourcePosition? Source { get; set; }

    /// <summary>The rows in printed order.</summary>
    public IReadOnlyList<TableRow> Rows => rows;

    /// <summary>The row with this key, or null.</summary>
    public TableRow? Find(string key) => index.TryGetValue(key, out var i) ? rows[i] : null;

    /// <summary>Index of the row with this key in <see cref="Rows"/>, or -1.</summary>
    public int IndexOf(string key) => index.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Index of the row with this key, looked up without allocating a string.</summary>
    public int IndexOf(ReadOnlySpan<char> key) =>
        spanIndex.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Adds a row; a second row with the same key is refused (the caller reports it).</summary>
    public bool TryAdd(TableRow row)
    {
        if (!index.TryAdd(row.Key, rows.Count))
        {
            return false;
        }

        rows.Add(row);
        return true;
    }

    /// <summary>Adds a row, throwing on a duplicate key (for code that builds tables itself).</summary>
    public TableRow Add(TableRow row)
    {
        if (!TryAdd(row))
        {
            throw new InvalidOperationException($"duplicate row key {row.Key} in {Kind}");
        }

        return row;
    }

    /// <summary>The row with this key, created (with the given label) when absent.</summary>
    public TableRow GetOrAdd(string key, string? label, int columnCount)
    {
        var row = Find(key);
        if (row is null)
        {
            row = new TableRow(key, label, columnCount);
            Add(row);
        }

        return row;
    }

    /// <summary>Removes a row by key.</summary>
    public bool Remove(string key)
    {
        if (!index.TryGetValue(key, out var i))
        {
            return false;
        }

        rows.RemoveAt(i);
        index.Clear();
        for (var j = 0; j < rows.Count; j++)
        {
            index[rows[j].Key] = j;
        }

        return true;
    }

    /// <summary>The amount at (row, column), null when the row is absent or the cell blank.</summary>
    public decimal? this[string key, int column] => Find(key)?[column];

    /// <summary>A deep copy.</summary>
    public DisclosureTable Clone()
    {
        var copy = new DisclosureTable(Kind)
        {
            Number = Number, Title = Title, DepartmentField = DepartmentField, PrintedUnit = PrintedUnit,
            EmptyStatement = EmptyStatement, Source = Source,
        };
        foreach (var row in rows)
        {
            copy.Add(row.Clone());
        }

        return copy;
    }
}
