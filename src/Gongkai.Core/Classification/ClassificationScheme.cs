namespace Gongkai.Classification;

/// <summary>The schemes of 政府收支分类科目.</summary>
public enum ClassificationScheme
{
    /// <summary>支出功能分类科目: 类/款/项, 3/5/7 digits.</summary>
    Functional,

    /// <summary>部门预算支出经济分类科目: 类/款, 3/5 digits (301…399).</summary>
    DepartmentEconomic,

    /// <summary>政府预算支出经济分类科目: 类/款, 3/5 digits (501…599).</summary>
    GovernmentEconomic,
}
