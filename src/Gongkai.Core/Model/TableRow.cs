namespace Gongkai.Model;

/// <summary>
/// One row of a disclosure table: keyed by a classification code (201, 20101, 2010101; 301, 30101) or by the fixed
/// key the template gives a labelled row (IncomeTotal, PersonnelCostTotal…). Cells are addressed by the table's
/// column numbers (栏次), starting at 1. A blank cell is null and stays distinct from 0.
/// </summary>
public sealed class TableRow
{
    private decimal?[] cells;
    private Dictionary<int, string>? unreadable;

    /// <summary>Creates a row with room for <paramref name="columnCount"/> columns.</summary>
    public TableRow(string key, string? label = null, int columnCount = 1)
    {
        Key = key;
        Label = label;
        IsCoded = IsCode(key);
        cells = new decimal?[Math.Max(columnCount, 1)];
    }

    /// <summary>The classification code or fixed-row key.</summary>
    public string Key { get; }

    /// <summary>The name or label as printed (科目名称 or 项目).</summary>
    public string? Label { get; set; }

    /// <summary>行次 as printed, when the table has one.</summary>
    public int? LineNumber { get; set; }

    /// <summary>Where the row stands in its source document.</summary>
    public SourcePosition? Source { get; set; }

    /// <summary>The highest column number this row has room for.</summary>
    public int ColumnCount => cells.Length;

    /// <summary>True when the key is a classification code (all digits); fixed at construction, as the key is.</summary>
    public bool IsCoded { get; }

    /// <summary>Gets or sets the amount in column <paramref name="column"/> (1-based); null is blank.</summary>
    public decimal? this[int column]
    {
        get => column >= 1 && column <= cells.Length ? cells[column - 1] : null;
        set
        {
            if (column < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(column));
            }

            if (column > cells.Length)
            {
                Array.Resize(ref cells, column);
            }

            cells[column - 1] = value;
            unreadable?.Remove(column);
        }
    }

    /// <summary>The cells in column order (index 0 is column 1), for fast passes.</summary>
    public ReadOnlySpan<decimal?> Cells => cells;

    /// <summary>Cells that a reader found but could not read as a number, with the text as printed.</summary>
    public IReadOnlyDictionary<int, string> UnreadableCells =>
        (IReadOnlyDictionary<int, string>?)unreadable ?? EmptyUnreadable;

    /// <summary>True when any cell of the row is marked unreadable (a check that allocates nothing).</summary>
    public bool HasUnreadableCells => unreadable is { Count: > 0 };

    /// <summary>Marks a cell as present but unreadable, keeping the printed text.</summary>
    public void MarkUnreadable(int column, string printedText)
    {
        this[column] = null;
        unreadable ??= [];
        unreadable[column] = printedText;
    }

    /// <summary>True when the cell was printed but could not be read.</summary>
    public bool IsUnreadable(int column) => unreadable is not null && unreadable.ContainsKey(column);

    /// <summary>A deep copy.</summary>
    public TableRow Clone()
    {
        var copy = new TableRow(Key, Label, cells.Length) { LineNumber = LineNumber, Source = Source };
        Array.Copy(cells, copy.cells, cells.Length);
        if (unreadable is not null)
        {
            copy.unreadable = new Dictionary<int, string>(unreadable);
        }

        return copy;
    }

    /// <summary>True when <paramref name="key"/> is made of ASCII digits only.</summary>
    public static bool IsCode(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly Dictionary<int, string> EmptyUnreadable = [];
}
