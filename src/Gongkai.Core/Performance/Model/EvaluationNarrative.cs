namespace Gongkai.Performance;

/// <summary>
/// The unit's own prose of a 部门整体支出绩效评价报告, by section, carried into a generated report as written, and the
/// amounts the prose states (收入/支出 and their items), which the sheet's figures are checked against.
/// </summary>
public sealed class EvaluationNarrative
{
    /// <summary>The report's title as printed.</summary>
    public string? Title { get; set; }

    /// <summary>The opening paragraph before 一、.</summary>
    public string? Introduction { get; set; }

    /// <summary>单位概况 (基本情况, 部门职责, 机构设置).</summary>
    public string? Overview { get; set; }

    /// <summary>整体支出管理及使用情况, the prose beyond the amounts.</summary>
    public string? SpendingManagement { get; set; }

    /// <summary>绩效情况: what the unit did and achieved.</summary>
    public string? Performance { get; set; }

    /// <summary>存在的问题.</summary>
    public string? Problems { get; set; }

    /// <summary>改进措施.</summary>
    public string? Measures { get; set; }

    /// <summary>绩效自评结果应用.</summary>
    public string? ResultUse { get; set; }

    /// <summary>绩效自评结果公开.</summary>
    public string? Disclosure { get; set; }

    /// <summary>全年总收入 as the prose states it.</summary>
    public decimal? IncomeTotal { get; set; }

    /// <summary>The income items the prose lists (预算内收入, 其他资金…).</summary>
    public List<NarrativeAmount> IncomeItems { get; set; } = [];

    /// <summary>总支出 as the prose states it.</summary>
    public decimal? SpendingTotal { get; set; }

    /// <summary>The spending items the prose lists (工资福利支出, 商品和服务支出…).</summary>
    public List<NarrativeAmount> SpendingItems { get; set; } = [];

    /// <summary>收支结余 as the prose states it.</summary>
    public decimal? Balance { get; set; }

    /// <summary>A copy.</summary>
    public EvaluationNarrative Clone()
    {
        var copy = (EvaluationNarrative)MemberwiseClone();
        copy.IncomeItems = [.. IncomeItems];
        copy.SpendingItems = [.. SpendingItems];
        return copy;
    }
}
