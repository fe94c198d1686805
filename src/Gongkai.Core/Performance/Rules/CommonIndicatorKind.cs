namespace Gongkai.Performance;

/// <summary>
/// The common 部门整体支出 indicators (财预〔2013〕53号 附件2, DOMAIN.md §3) whose rate Gongkai computes from the sheet
/// and the base-data table. The names in rule set files are the camel-case forms (headcountControlRate, …).
/// </summary>
public enum CommonIndicatorKind
{
    /// <summary>在职人员控制率 = 实际在职人数 / 编制数.</summary>
    HeadcountControlRate,

    /// <summary>“三公经费”变动率 = (本年 − 上年) / 上年.</summary>
    ThreePublicChangeRate,

    /// <summary>“三公经费”控制率 = 实际 / 预算.</summary>
    ThreePublicControlRate,

    /// <summary>公用经费控制率 = 实际公用经费 / 预算公用经费.</summary>
    PublicFundsControlRate,

    /// <summary>预算完成率 = 全年执行数 / 全年预算数.</summary>
    BudgetCompletionRate,

    /// <summary>预算调整率 = (全年预算数 − 年初预算数) / 年初预算数.</summary>
    BudgetAdjustmentRate,

    /// <summary>政府采购执行率 = 实际政府采购金额 / 政府采购预算数.</summary>
    ProcurementExecutionRate,

    /// <summary>结转结余率 = (全年预算数 − 全年执行数) / 全年预算数.</summary>
    CarryoverRate,

    /// <summary>楼堂馆所控制率 = 实际投资 / 预算投资 (or 实际规模 / 批复规模).</summary>
    BuildingControlRate,
}
