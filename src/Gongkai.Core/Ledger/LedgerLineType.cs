namespace Gongkai.Ledgers;

/// <summary>What one line of a ledger records (类型 column of the ledger CSV).</summary>
public enum LedgerLineType
{
    /// <summary>支出: an amount spent, by functional 项, economic 款, use and source.</summary>
    Expenditure,

    /// <summary>收入: an amount received, by functional 项 and source.</summary>
    Income,

    /// <summary>年初结转和结余, by source (and functional code for 政府性基金, which 公开08表 lists by code).</summary>
    OpeningCarryover,

    /// <summary>年末结转和结余, by source (and functional code for 政府性基金).</summary>
    ClosingCarryover,

    /// <summary>使用非财政拨款结余.</summary>
    UseOfNonAppropriationBalance,

    /// <summary>结余分配.</summary>
    BalanceDistribution,

    /// <summary>三公预算: the budget of one “三公” item (公开07表 预算数).</summary>
    ThreePublicCostsBudget,

    /// <summary>
    /// 三公决算: the actual of one “三公” item, overriding the amount derived from economic codes (for spending booked
    /// under other codes, or paid from prior-year balances).
    /// </summary>
    ThreePublicCostsActual,

    /// <summary>说明: a figure the 情况说明 state that no table holds (a row of the explanation figures).</summary>
    ExplanationFigure,

    /// <summary>原因: the unit's own words for a reason, keyed as in <see cref="Model.UnitYearReport.Reasons"/>.</summary>
    Reason,

    /// <summary>科目名称: the name to print for a functional or economic code the catalogue lacks or names otherwise.</summary>
    SubjectName,
}
