namespace Gongkai.Documents.Reading;

/// <summary>
/// One column group of a table header: its code column, name (label) column, 行次 column and value columns, by cell
/// index. A plain table has one; 公开01/04表 print 收入 and 支出 side by side (two) and 公开06表 three groups.
/// </summary>
internal sealed class ColumnSegment
{
    /// <summary>Cell index of the code column (科目编码), or -1.</summary>
    public int Code { get; set; } = -1;

    /// <summary>Cell index of the name column (科目名称 / 项目), or -1.</summary>
    public int Name { get; set; } = -1;

    /// <summary>Cell index of the 行次 column, or -1.</summary>
    public int Line { get; set; } = -1;

    /// <summary>Value columns: cell index → column number (栏次) of the template, 0 while unknown.</summary>
    public List<(int Cell, int Column)> Values { get; } = [];

    /// <summary>True when the group has a code or name column.</summary>
    public bool HasLabel => Code >= 0 || Name >= 0;
}
