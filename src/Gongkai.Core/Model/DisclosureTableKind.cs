namespace Gongkai.Model;

/// <summary>
/// The tables of a disclosure, by meaning rather than by printed number: provinces number and order them
/// differently, so readers recognise them by title and headers and map them to these kinds.
/// The short code (T01…T09, S) is the one the rule expressions use.
/// </summary>
public enum DisclosureTableKind
{
    /// <summary>收入支出决算总表 (T01).</summary>
    IncomeExpenditureSummary = 1,

    /// <summary>收入决算表 (T02).</summary>
    IncomeStatement = 2,

    /// <summary>支出决算表 (T03).</summary>
    ExpenditureStatement = 3,

    /// <summary>财政拨款收入支出决算总表 (T04).</summary>
    AppropriationSummary = 4,

    /// <summary>一般公共预算财政拨款支出决算表 (T05).</summary>
    GeneralBudgetExpenditure = 5,

    /// <summary>一般公共预算财政拨款基本支出决算表 (T06).</summary>
    GeneralBudgetBasicExpenditure = 6,

    /// <summary>一般公共预算财政拨款“三公”经费支出决算表 (T07).</summary>
    ThreePublicCosts = 7,

    /// <summary>政府性基金预算财政拨款收入支出决算表 (T08).</summary>
    GovernmentFundStatement = 8,

    /// <summary>国有资本经营预算财政拨款支出决算表 (T09).</summary>
    StateCapitalStatement = 9,

    /// <summary>
    /// The figures the 情况说明 state that no table holds (年初预算 per 项, prior-year totals, 机关运行经费, counts…),
    /// kept as one keyed table so that the check engine addresses them like any other cell (S).
    /// </summary>
    ExplanationFigures = 100,
}
