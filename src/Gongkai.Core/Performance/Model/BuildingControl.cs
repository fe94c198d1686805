namespace Gongkai.Performance;

/// <summary>楼堂馆所控制情况: approved and actual size (㎡) and investment (万元), with the printed control rates (percent).</summary>
public sealed record BuildingControl
{
    /// <summary>The project or period the row covers as printed (2021年完工项目).</summary>
    public string? Project { get; init; }

    /// <summary>批复规模 (㎡).</summary>
    public decimal? ApprovedArea { get; init; }

    /// <summary>实际规模 (㎡).</summary>
    public decimal? ActualArea { get; init; }

    /// <summary>规模控制率 as printed, in percent.</summary>
    public decimal? PrintedAreaRate { get; init; }

    /// <summary>预算投资 (万元).</summary>
    public decimal? BudgetInvestment { get; init; }

    /// <summary>实际投资 (万元).</summary>
    public decimal? ActualInvestment { get; init; }

    /// <summary>投资概算控制率 as printed, in percent.</summary>
    public decimal? PrintedInvestmentRate { get; init; }

    /// <summary>规模控制率 = 实际规模 / 批复规模 (a ratio).</summary>
    public decimal? AreaRate => Ratio(ActualArea, ApprovedArea);

    /// <summary>投资概算控制率 = 实际投资 / 预算投资 (a ratio).</summary>
    public decimal? InvestmentRate => Ratio(ActualInvestment, BudgetInvestment);

    /// <summary>True when nothing is printed.</summary>
    public bool IsEmpty => ApprovedArea is null && ActualArea is null && PrintedAreaRate is null
        && BudgetInvestment is null && ActualInvestment is null && PrintedInvestmentRate is null;

    private static decimal? Ratio(decimal? part, decimal? whole) => part is { } p && whole is { } w && w != 0 ? p / w : null;
}
