using Gongkai.Model;

namespace Gongkai.Documents.Export;

/// <summary>
/// The fixed points of the exported workbook, for the writer and for anything that reads it back (docs/EXPORT.md):
/// one sheet per table named by its number (公开01表…), the S figures, the unit facts, the reasons and the terms.
/// On a table sheet: row 1 the title, row 2 the number (last column), row 3 部门 (column A) and 单位：万元 (last
/// column), header rows from row 4, then the 栏次 row (column A = 栏次), then one row per model row with the code or
/// fixed-row key in column A, the name in B, 行次 in C for 公开01/04表, and the 栏次 columns after.
/// </summary>
public static class XlsxLayout
{
    /// <summary>The first header row of a table sheet.</summary>
    public const int FirstHeaderRow = 4;

    /// <summary>The text in column A of the 栏次 row, the last row before the data.</summary>
    public const string ColumnNumberRowLabel = "栏次";

    /// <summary>The column-A key of the row that holds a table's no-data statement (its text in column C).</summary>
    public const string EmptyStatementKey = "EmptyStatement";

    /// <summary>The sheet of table S (the figures the 情况说明 state).</summary>
    public const string FiguresSheetName = "情况说明数字";

    /// <summary>The sheet of unit facts: key, name, value from row 3.</summary>
    public const string UnitSheetName = "单位信息";

    /// <summary>The sheet of reasons: key, text from row 3.</summary>
    public const string ReasonsSheetName = "原因说明";

    /// <summary>The sheet of term definitions: number, term, definition from row 3.</summary>
    public const string TermsSheetName = "名词解释";

    /// <summary>The first data row of the unit, reasons and terms sheets (after a title row and a header row).</summary>
    public const int ListFirstDataRow = 3;

    /// <summary>The sheet name of a table: its template number (公开01表), or <see cref="FiguresSheetName"/> for S.</summary>
    public static string SheetName(DisclosureTableKind kind, string templateNumber) =>
        kind == DisclosureTableKind.ExplanationFigures ? FiguresSheetName : templateNumber;

    /// <summary>The keys of the unit sheet, in order (部门职责 follow as Duty.1, Duty.2, …).</summary>
    public static IReadOnlyList<(string Key, string Name)> UnitKeys { get; } =
    [
        ("Name", "单位名称"), ("Year", "年度"), ("Kind", "公开类别"), ("UnitKind", "单位性质"), ("Region", "所属地区"),
        ("Level", "级次"), ("TemplateRegion", "模板地区"), ("Organisation", "机构设置"), ("ReportingScope", "决算单位构成"),
        ("AuthorizedHeadcount", "核定编制数"), ("ActualHeadcount", "实有人数"),
    ];
}
