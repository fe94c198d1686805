using Gongkai.Model;

namespace Gongkai.Templates;

/// <summary>
/// The layout of one table kind in one template set: number, title, columns, coded rows and fixed rows. Readers use it
/// to recognise rows, writers to lay them out, the ledger builder to fill them, and messages to name cells.
/// </summary>
public sealed class TableTemplate
{
    private readonly Dictionary<string, FixedRowTemplate> fixedByKey;
    private readonly Dictionary<int, ColumnTemplate> columnsByNumber;

    /// <summary>Creates a template.</summary>
    public TableTemplate(
        DisclosureTableKind kind,
        string number,
        string title,
        IReadOnlyList<ColumnTemplate> columns,
        CodedRowsTemplate? codedRows,
        IReadOnlyList<FixedRowTemplate> fixedRows,
        IReadOnlyList<string>? titleAliases = null)
    {
        Kind = kind;
        TitleAliases = titleAliases ?? [];
        Number = number;
        Title = title;
        Columns = columns;
        CodedRows = codedRows ?? new CodedRowsTemplate(CodeScheme.None, []);
        FixedRows = fixedRows;
        fixedByKey = fixedRows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        columnsByNumber = columns.ToDictionary(c => c.Number);
        ColumnCount = columns.Count == 0 ? 1 : columns.Max(c => c.Number);
    }

    /// <summary>The table kind.</summary>
    public DisclosureTableKind Kind { get; }

    /// <summary>The printed number (公开01表).</summary>
    public string Number { get; }

    /// <summary>The printed title.</summary>
    public string Title { get; }

    /// <summary>
    /// Other titles the same table is published under (部门收支总表 for 收入支出决算总表…): readers recognise tables by
    /// title, and provinces and budget sets word them differently.
    /// </summary>
    public IReadOnlyList<string> TitleAliases { get; }

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<ColumnTemplate> Columns { get; }

    /// <summary>The highest column number.</summary>
    public int ColumnCount { get; }

    /// <summary>The coded rows.</summary>
    public CodedRowsTemplate CodedRows { get; }

    /// <summary>The labelled rows.</summary>
    public IReadOnlyList<FixedRowTemplate> FixedRows { get; }

    /// <summary>The fixed row with this key, or null.</summary>
    public FixedRowTemplate? FixedRow(string key) => fixedByKey.GetValueOrDefault(key);

    /// <summary>The column with this number, or null.</summary>
    public ColumnTemplate? Column(int number) => columnsByNumber.GetValueOrDefault(number);

    /// <summary>True when a row with this key may hold a value in this column.</summary>
    public bool HasCell(string rowKey, int column)
    {
        if (TableRow.IsCode(rowKey))
        {
            return CodedRows.Columns.Contains(column);
        }

        return fixedByKey.TryGetValue(rowKey, out var row) && row.Columns.Contains(column);
    }

    /// <summary>
    /// True when this row may hold a value in this column; the same answer as <see cref="HasCell(string, int)"/> for
    /// the row's key, without reading the key again to tell a code from a fixed-row key (the check engine asks this
    /// for every row).
    /// </summary>
    public bool HasCell(TableRow row, int column) =>
        row.IsCoded ? CodedRows.Columns.Contains(column) : fixedByKey.TryGetValue(row.Key, out var fixedRow) && fixedRow.Columns.Contains(column);
}
