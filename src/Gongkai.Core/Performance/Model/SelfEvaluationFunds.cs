namespace Gongkai.Performance;

/// <summary>
/// The funds block of a 绩效自评表 (年度预算申请): the total (年度资金总额) with its 分值, 执行率 and 得分 as printed, the
/// split by source (按收入性质分) and by use (按支出性质分). Amounts in 万元.
/// </summary>
public sealed class SelfEvaluationFunds
{
    /// <summary>年度资金总额.</summary>
    public FundAmounts Total { get; set; } = FundAmounts.Empty;

    /// <summary>一般公共预算 (拨款).</summary>
    public FundAmounts GeneralBudget { get; set; } = FundAmounts.Empty;

    /// <summary>政府性基金 (拨款).</summary>
    public FundAmounts GovernmentFund { get; set; } = FundAmounts.Empty;

    /// <summary>纳入专户管理的非税收入 (拨款).</summary>
    public FundAmounts SpecialAccountNonTax { get; set; } = FundAmounts.Empty;

    /// <summary>其他资金.</summary>
    public FundAmounts Other { get; set; } = FundAmounts.Empty;

    /// <summary>基本支出.</summary>
    public FundAmounts Basic { get; set; } = FundAmounts.Empty;

    /// <summary>项目支出.</summary>
    public FundAmounts Project { get; set; } = FundAmounts.Empty;

    /// <summary>分值 of the execution row (10 under 财预〔2020〕10号).</summary>
    public decimal? ExecutionWeight { get; set; }

    /// <summary>执行率 as printed, in percent (105.93 for 105.93%).</summary>
    public decimal? PrintedExecutionRate { get; set; }

    /// <summary>得分 of the execution row as printed.</summary>
    public decimal? PrintedExecutionScore { get; set; }

    /// <summary>预算执行率 = 全年执行数 / 全年预算数 (a ratio, 1 = 100%); null when either is missing or the budget is 0.</summary>
    public decimal? ExecutionRate =>
        Total.Executed is { } executed && Total.Annual is { } annual && annual != 0 ? executed / annual : null;

    /// <summary>The sources in printed order with their Chinese names.</summary>
    public IEnumerable<(string Name, FundAmounts Amounts)> BySource()
    {
        yield return ("一般公共预算", GeneralBudget);
        yield return ("政府性基金", GovernmentFund);
        yield return ("纳入专户管理的非税收入", SpecialAccountNonTax);
        yield return ("其他资金", Other);
    }

    /// <summary>The uses in printed order with their Chinese names.</summary>
    public IEnumerable<(string Name, FundAmounts Amounts)> ByUse()
    {
        yield return ("基本支出", Basic);
        yield return ("项目支出", Project);
    }

    /// <summary>A copy.</summary>
    public SelfEvaluationFunds Clone() => (SelfEvaluationFunds)MemberwiseClone();
}
