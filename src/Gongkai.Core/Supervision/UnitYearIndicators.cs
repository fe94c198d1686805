using Gongkai.Model;

namespace Gongkai.Supervision;

/// <summary>
/// The figures a supervisor compares for one unit-year, taken from its tables, its 情况说明 figures, its unit facts and
/// its self-evaluation. Amounts in 万元; rates are ratios (1 = 100%); null where the documents do not give the figure.
/// Red-flag rules address the figures by the names in <see cref="Names"/>.
/// </summary>
public sealed class UnitYearIndicators
{
    /// <summary>The indicator names red-flag rules may use, in display order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "expenditureTotal", "basicExpenditure", "projectExpenditure", "basicShare", "personnelCost", "operatingCost", "personnelShare",
        "threePublicCosts", "threePublicCostsBudget", "threePublicCostsPrior", "threePublicChangeRate", "threePublicControlRate",
        "agencyOperatingCost", "agencyOperatingCostPrior", "agencyOperatingCostChangeRate", "initialBudget", "budgetCompletionRate",
        "executionRate", "authorizedHeadcount", "actualHeadcount", "headcountControlRate", "selfEvaluationScore", "failingIndicators",
        "excellentWithFailingIndicator",
    ];

    /// <summary>The unit's name (the group key across documents).</summary>
    public string Unit { get; init; } = "";

    /// <summary>The fiscal year.</summary>
    public int Year { get; init; }

    /// <summary>决算 or 预算.</summary>
    public DisclosureKind Kind { get; init; }

    /// <summary>本年支出合计 (公开03表 合计, else 公开01表).</summary>
    public decimal? ExpenditureTotal { get; set; }

    /// <summary>基本支出.</summary>
    public decimal? BasicExpenditure { get; set; }

    /// <summary>项目支出.</summary>
    public decimal? ProjectExpenditure { get; set; }

    /// <summary>基本支出 ÷ 本年支出合计.</summary>
    public decimal? BasicShare => Ratio(BasicExpenditure, ExpenditureTotal);

    /// <summary>人员经费 (公开06表).</summary>
    public decimal? PersonnelCost { get; set; }

    /// <summary>公用经费 (公开06表).</summary>
    public decimal? OperatingCost { get; set; }

    /// <summary>人员经费 ÷ (人员经费 + 公用经费).</summary>
    public decimal? PersonnelShare => PersonnelCost is { } p && OperatingCost is { } o ? Ratio(p, p + o) : null;

    /// <summary>Spending by 类, in code order.</summary>
    public IReadOnlyList<ClassSpending> SpendingByClass { get; set; } = [];

    /// <summary>“三公”经费 决算 (公开07表 决算数 合计, else the 绩效评价基础数据表).</summary>
    public decimal? ThreePublicCosts { get; set; }

    /// <summary>“三公”经费 预算.</summary>
    public decimal? ThreePublicCostsBudget { get; set; }

    /// <summary>“三公”经费 上年决算 (情况说明, else last year's document of the same unit).</summary>
    public decimal? ThreePublicCostsPrior { get; set; }

    /// <summary>“三公”经费变动率 = (本年 − 上年) ÷ 上年.</summary>
    public decimal? ThreePublicChangeRate => ThreePublicCosts is { } now && ThreePublicCostsPrior is { } before && before != 0 ? (now - before) / before : null;

    /// <summary>“三公”经费控制率 = 决算 ÷ 预算.</summary>
    public decimal? ThreePublicControlRate => Ratio(ThreePublicCosts, ThreePublicCostsBudget);

    /// <summary>机关运行经费.</summary>
    public decimal? AgencyOperatingCost { get; set; }

    /// <summary>机关运行经费 上年决算.</summary>
    public decimal? AgencyOperatingCostPrior { get; set; }

    /// <summary>机关运行经费 变动率.</summary>
    public decimal? AgencyOperatingCostChangeRate =>
        AgencyOperatingCost is { } now && AgencyOperatingCostPrior is { } before && before != 0 ? (now - before) / before : null;

    /// <summary>一般公共预算财政拨款支出 年初预算数.</summary>
    public decimal? InitialBudget { get; set; }

    /// <summary>完成年初预算 = 一般公共预算财政拨款支出 决算 ÷ 年初预算.</summary>
    public decimal? BudgetCompletionRate { get; set; }

    /// <summary>预算执行率 = 全年执行数 ÷ 全年预算数 (自评表, else 基础数据表).</summary>
    public decimal? ExecutionRate { get; set; }

    /// <summary>编制数.</summary>
    public int? AuthorizedHeadcount { get; set; }

    /// <summary>实有人数.</summary>
    public int? ActualHeadcount { get; set; }

    /// <summary>在职人员控制率 = 实有 ÷ 编制.</summary>
    public decimal? HeadcountControlRate =>
        ActualHeadcount is { } a && AuthorizedHeadcount is { } b && b != 0 ? (decimal)a / b : null;

    /// <summary>自评总分 (recomputed).</summary>
    public decimal? SelfEvaluationScore { get; set; }

    /// <summary>自评等级 of the total.</summary>
    public string? SelfEvaluationGrade { get; set; }

    /// <summary>Indicators scored below 60% of their weight.</summary>
    public int? FailingIndicators { get; set; }

    /// <summary>1 when the grade is the top one (优) while some indicator fails, 0 when not, null without a sheet.</summary>
    public decimal? ExcellentWithFailingIndicator { get; set; }

    /// <summary>The value of a named indicator (see <see cref="Names"/>); null when unknown or not given.</summary>
    public decimal? Value(string name) => name switch
    {
        "expenditureTotal" => ExpenditureTotal,
        "basicExpenditure" => BasicExpenditure,
        "projectExpenditure" => ProjectExpenditure,
        "basicShare" => BasicShare,
        "personnelCost" => PersonnelCost,
        "operatingCost" => OperatingCost,
        "personnelShare" => PersonnelShare,
        "threePublicCosts" => ThreePublicCosts,
        "threePublicCostsBudget" => ThreePublicCostsBudget,
        "threePublicCostsPrior" => ThreePublicCostsPrior,
        "threePublicChangeRate" => ThreePublicChangeRate,
        "threePublicControlRate" => ThreePublicControlRate,
        "agencyOperatingCost" => AgencyOperatingCost,
        "agencyOperatingCostPrior" => AgencyOperatingCostPrior,
        "agencyOperatingCostChangeRate" => AgencyOperatingCostChangeRate,
        "initialBudget" => InitialBudget,
        "budgetCompletionRate" => BudgetCompletionRate,
        "executionRate" => ExecutionRate,
        "authorizedHeadcount" => AuthorizedHeadcount,
        "actualHeadcount" => ActualHeadcount,
        "headcountControlRate" => HeadcountControlRate,
        "selfEvaluationScore" => SelfEvaluationScore,
        "failingIndicators" => FailingIndicators,
        "excellentWithFailingIndicator" => ExcellentWithFailingIndicator,
        _ => null,
    };

    /// <summary>True when the indicator name is known.</summary>
    public static bool IsKnown(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>True when the indicator is a rate (shown as a percentage).</summary>
    public static bool IsRate(string name) => name.EndsWith("Rate", StringComparison.Ordinal) || name.EndsWith("Share", StringComparison.Ordinal);

    private static decimal? Ratio(decimal? part, decimal? whole) => part is { } p && whole is { } w && w != 0 ? p / w : null;
}
