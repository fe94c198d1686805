namespace Gongkai.Writing;

/// <summary>One body row of a <see cref="DocumentTable"/>.</summary>
/// <param name="Key">The model's row key (code or fixed key), for writers that must read back.</param>
/// <param name="Code">The code printed in the code column: the classification code, or empty for a labelled row.</param>
/// <param name="Label">The name printed (科目名称 or 项目).</param>
/// <param name="LineNumber">行次, for tables that print one.</param>
/// <param name="Cells">The amounts by 栏次 (index 0 is column 1); null is blank.</param>
/// <param name="IsCount">True when the cells are counts (人次, 辆) rather than amounts.</param>
public sealed record DocumentTableRow(
    string Key, string Code, string Label, int? LineNumber, IReadOnlyList<decimal?> Cells, bool IsCount = false);
