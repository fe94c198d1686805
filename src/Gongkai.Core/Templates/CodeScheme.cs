namespace Gongkai.Templates;

/// <summary>Which classification keys the coded rows of a table.</summary>
public enum CodeScheme
{
    /// <summary>No coded rows.</summary>
    None,

    /// <summary>支出功能分类 类/款/项 (3/5/7 digits).</summary>
    Functional,

    /// <summary>支出功能分类 类 only (the 支出 side of 公开01/04表).</summary>
    FunctionalClass,

    /// <summary>部门预算支出经济分类 类/款 (3/5 digits).</summary>
    DepartmentEconomic,

    /// <summary>政府预算支出经济分类 类/款 (3/5 digits).</summary>
    GovernmentEconomic,
}
