namespace Gongkai.Performance;

/// <summary>
/// A unit's 部门整体支出绩效评价基础数据表 (seed 004, 附件1): headcount control, spending per year column (上年决算,
/// 本年预算, 本年决算) for 支出总额/基本支出/公用经费/项目支出, the project rows, “三公”经费, 政府采购, 楼堂馆所 and the
/// thrift measures. Amounts in 万元, as printed; the rates are computed from them, never stored (the printed rates are
/// kept only to be checked).
/// </summary>
public sealed class EvaluationBaseData
{
    /// <summary>编制数.</summary>
    public int? AuthorizedHeadcount { get; set; }

    /// <summary>实际在职人数.</summary>
    public int? ActualHeadcount { get; set; }

    /// <summary>控制率 as printed, in percent (146.15).</summary>
    public decimal? PrintedHeadcountControlRate { get; set; }

    /// <summary>The year of the 上年决算数 column (2021), when printed.</summary>
    public int? PriorYear { get; set; }

    /// <summary>The year of the 本年 columns (2022), when printed.</summary>
    public int? Year { get; set; }

    /// <summary>支出总额.</summary>
    public YearAmounts TotalSpending { get; set; } = YearAmounts.Empty;

    /// <summary>基本支出.</summary>
    public YearAmounts BasicSpending { get; set; } = YearAmounts.Empty;

    /// <summary>其中：公用经费 (基本支出中的一般商品和服务支出, per the form's note).</summary>
    public YearAmounts PublicFunds { get; set; } = YearAmounts.Empty;

    /// <summary>项目支出.</summary>
    public YearAmounts ProjectSpending { get; set; } = YearAmounts.Empty;

    /// <summary>The project rows in printed order.</summary>
    public List<BaseDataProject> Projects { get; set; } = [];

    /// <summary>“三公”经费.</summary>
    public ThreePublicCosts ThreePublic { get; set; } = new();

    /// <summary>政府采购金额.</summary>
    public YearAmounts Procurement { get; set; } = YearAmounts.Empty;

    /// <summary>楼堂馆所控制情况, when the row is filled.</summary>
    public BuildingControl? Buildings { get; set; }

    /// <summary>厉行节约保障措施, as printed.</summary>
    public string? ThriftMeasures { get; set; }

    /// <summary>在职人员控制率 = 实际在职人数 / 编制数 (a ratio).</summary>
    public decimal? HeadcountControlRate =>
        ActualHeadcount is { } actual && AuthorizedHeadcount is { } authorized && authorized != 0 ? (decimal)actual / authorized : null;

    /// <summary>公用经费控制率 = 本年决算公用经费 / 本年预算公用经费 (a ratio).</summary>
    public decimal? PublicFundsControlRate => Ratio(PublicFunds.Final, PublicFunds.Budget);

    /// <summary>“三公”经费控制率 = 本年决算 / 本年预算 (a ratio).</summary>
    public decimal? ThreePublicControlRate => Ratio(ThreePublic.TotalOf(BaseDataColumn.Final), ThreePublic.TotalOf(BaseDataColumn.Budget));

    /// <summary>“三公”经费变动率 = (本年决算 − 上年决算) / 上年决算 (a ratio; negative for a fall).</summary>
    public decimal? ThreePublicChangeRate =>
        ThreePublic.TotalOf(BaseDataColumn.Final) is { } now && ThreePublic.TotalOf(BaseDataColumn.PriorFinal) is { } before && before != 0
            ? (now - before) / before
            : null;

    /// <summary>政府采购执行率 = 本年决算 / 本年预算 (a ratio).</summary>
    public decimal? ProcurementExecutionRate => Ratio(Procurement.Final, Procurement.Budget);

    /// <summary>The sum of the project rows of one column; null when no project row has an amount there.</summary>
    public decimal? ProjectsSum(BaseDataColumn column) =>
        Projects.Any(p => p.Amounts[column] is not null) ? Projects.Sum(p => p.Amounts[column] ?? 0) : null;

    /// <summary>True when nothing at all is filled.</summary>
    public bool IsEmpty => AuthorizedHeadcount is null && ActualHeadcount is null && TotalSpending.IsEmpty && BasicSpending.IsEmpty
        && ProjectSpending.IsEmpty && Projects.Count == 0;

    /// <summary>A deep copy.</summary>
    public EvaluationBaseData Clone()
    {
        var copy = (EvaluationBaseData)MemberwiseClone();
        copy.Projects = [.. Projects];
        return copy;
    }

    private static decimal? Ratio(decimal? part, decimal? whole) => part is { } p && whole is { } w && w != 0 ? p / w : null;
}
