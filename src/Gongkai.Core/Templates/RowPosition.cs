namespace Gongkai.Templates;

/// <summary>Where a fixed row stands relative to the coded rows of its table.</summary>
public enum RowPosition
{
    /// <summary>Before the coded rows (合计 of a classification table; the 收入 side of 01/04).</summary>
    Before,

    /// <summary>After the coded rows (本年支出合计, 人员经费合计…).</summary>
    After,
}
