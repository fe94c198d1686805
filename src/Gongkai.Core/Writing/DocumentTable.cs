using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>
/// A disclosure table laid out for printing, one body row per model row: the code column, the name column, the
/// 行次 column when the table has one, then one column per 栏次. The header block is a grid of spanning cells; the
/// 栏次 row follows it. The XLSX, DOCX and HTML writers all render this one layout (docs/EXPORT.md).
/// </summary>
public sealed class DocumentTable
{
    /// <summary>Creates a table layout.</summary>
    public DocumentTable(
        DisclosureTableKind kind,
        string number,
        string title,
        string department,
        bool hasLineNumbers,
        int dataColumnCount,
        int headerRowCount,
        IReadOnlyList<HeaderCell> header,
        IReadOnlyList<DocumentTableRow> rows,
        string? emptyStatement,
        IReadOnlyList<string> notes)
    {
        Kind = kind;
        Number = number;
        Title = title;
        Department = department;
        HasLineNumbers = hasLineNumbers;
        DataColumnCount = dataColumnCount;
        HeaderRowCount = headerRowCount;
        Header = header;
        Rows = rows;
        EmptyStatement = emptyStatement;
        Notes = notes;
    }

    /// <summary>Which table.</summary>
    public DisclosureTableKind Kind { get; }

    /// <summary>公开01表…</summary>
    public string Number { get; }

    /// <summary>收入支出决算总表…</summary>
    public string Title { get; }

    /// <summary>The unit named in the 部门： field.</summary>
    public string Department { get; }

    /// <summary>True when grid column 2 is 行次 (公开01/04表).</summary>
    public bool HasLineNumbers { get; }

    /// <summary>The number of 栏次 columns.</summary>
    public int DataColumnCount { get; }

    /// <summary>Grid columns before the 栏次 columns: code, name and, when present, 行次.</summary>
    public int LeadingColumnCount => HasLineNumbers ? 3 : 2;

    /// <summary>All grid columns.</summary>
    public int GridColumnCount => LeadingColumnCount + DataColumnCount;

    /// <summary>Rows of the header block (the 栏次 row not included).</summary>
    public int HeaderRowCount { get; }

    /// <summary>The header cells.</summary>
    public IReadOnlyList<HeaderCell> Header { get; }

    /// <summary>The body rows in model order.</summary>
    public IReadOnlyList<DocumentTableRow> Rows { get; }

    /// <summary>The no-data statement (此表无数据…) when the table is published empty.</summary>
    public string? EmptyStatement { get; }

    /// <summary>The notes printed under the table (注：…).</summary>
    public IReadOnlyList<string> Notes { get; }
}
