using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>
/// The formulas of the common 部门整体支出 indicators (DOMAIN.md §3), computed from the sheet's funds block and the
/// base-data table; null when the figures are not there.
/// </summary>
public static class CommonIndicatorFormulas
{
    /// <summary>The rate of an indicator of this kind, with its formula and figures.</summary>
    public static RateEvidence? Evaluate(CommonIndicatorKind kind, SelfEvaluationSheet? sheet, EvaluationBaseData? data)
    {
        var funds = sheet?.Funds.Total ?? FundAmounts.Empty;
        return kind switch
        {
            CommonIndicatorKind.HeadcountControlRate when data is { ActualHeadcount: { } actual, AuthorizedHeadcount: { } authorized } && authorized != 0 =>
                new RateEvidence((decimal)actual / authorized, MessageCatalogue.FormulaHeadcount, Figures(actual, authorized)),
            CommonIndicatorKind.PublicFundsControlRate when data?.PublicFunds is { Final: { } final, Budget: { } budget } && budget != 0 =>
                new RateEvidence(final / budget, MessageCatalogue.FormulaPublicFunds, Figures(final, budget)),
            CommonIndicatorKind.ThreePublicControlRate when data?.ThreePublic.TotalOf(BaseDataColumn.Final) is { } final
                && data.ThreePublic.TotalOf(BaseDataColumn.Budget) is { } budget && budget != 0 =>
                new RateEvidence(final / budget, MessageCatalogue.FormulaThreePublicControl, Figures(final, budget)),
            CommonIndicatorKind.ThreePublicChangeRate when data?.ThreePublic.TotalOf(BaseDataColumn.Final) is { } now
                && data.ThreePublic.TotalOf(BaseDataColumn.PriorFinal) is { } before && before != 0 =>
                new RateEvidence((now - before) / before, MessageCatalogue.FormulaThreePublicChange, $"({Num(now)} − {Num(before)}) ÷ {Num(before)}"),
            CommonIndicatorKind.BudgetCompletionRate when funds is { Executed: { } executed, Annual: { } annual } && annual != 0 =>
                new RateEvidence(executed / annual, MessageCatalogue.FormulaBudgetCompletion, Figures(executed, annual)),
            CommonIndicatorKind.BudgetAdjustmentRate when funds is { Annual: { } annual, Initial: { } initial } && initial != 0 =>
                new RateEvidence((annual - initial) / initial, MessageCatalogue.FormulaBudgetAdjustment, $"({Num(annual)} − {Num(initial)}) ÷ {Num(initial)}"),
            CommonIndicatorKind.CarryoverRate when funds is { Executed: { } executed, Annual: { } annual } && annual != 0 =>
                new RateEvidence((annual - executed) / annual, MessageCatalogue.FormulaCarryover, $"({Num(annual)} − {Num(executed)}) ÷ {Num(annual)}"),
            CommonIndicatorKind.ProcurementExecutionRate when data?.Procurement is { Final: { } final, Budget: { } budget } && budget != 0 =>
                new RateEvidence(final / budget, MessageCatalogue.FormulaProcurement, Figures(final, budget)),
            CommonIndicatorKind.BuildingControlRate when data?.Buildings is { ActualInvestment: { } actual, BudgetInvestment: { } budget } && budget != 0 =>
                new RateEvidence(actual / budget, MessageCatalogue.FormulaBuildingInvestment, Figures(actual, budget)),
            CommonIndicatorKind.BuildingControlRate when data?.Buildings is { ActualArea: { } actual, ApprovedArea: { } approved } && approved != 0 =>
                new RateEvidence(actual / approved, MessageCatalogue.FormulaBuildingArea, Figures(actual, approved)),
            _ => null,
        };
    }

    /// <summary>
    /// Every amount of the sheet and base data a rate could be computed from, named for messages, so that a printed
    /// rate can be traced to the quantities it was really computed from.
    /// </summary>
    public static IReadOnlyList<(string Name, decimal Value)> AvailableAmounts(SelfEvaluationSheet? sheet, EvaluationBaseData? data)
    {
        var list = new List<(string, decimal)>();
        if (sheet is not null)
        {
            // Spending before budgets, so that a ratio is named the way it is usually (wrongly) formed: 执行数 ÷ 预算数.
            Add(list, MessageCatalogue.FigureExecuted, sheet.Funds.Total.Executed);
            Add(list, MessageCatalogue.FigureAnnualBudget, sheet.Funds.Total.Annual);
            Add(list, MessageCatalogue.FigureInitialBudget, sheet.Funds.Total.Initial);
            foreach (var (name, amounts) in sheet.Funds.ByUse().Concat(sheet.Funds.BySource()))
            {
                Add(list, name + MessageCatalogue.FigureExecutedSuffix, amounts.Executed);
            }
        }

        if (data is not null)
        {
            foreach (var column in Enum.GetValues<BaseDataColumn>())
            {
                var label = ColumnLabel(data, column);
                Add(list, label + " " + MessageCatalogue.BaseRowTotal, data.TotalSpending[column]);
                Add(list, label + " " + MessageCatalogue.BaseRowBasic, data.BasicSpending[column]);
                Add(list, label + " " + MessageCatalogue.BaseRowPublicFunds, data.PublicFunds[column]);
                Add(list, label + " " + MessageCatalogue.BaseRowProject, data.ProjectSpending[column]);
            }
        }

        return list;
    }

    /// <summary>The printed name of a year column (2021年决算数, or 上年决算数 when the year is unknown).</summary>
    public static string ColumnLabel(EvaluationBaseData data, BaseDataColumn column) => column switch
    {
        BaseDataColumn.PriorFinal => data.PriorYear is { } y ? MessageCatalogue.Format(MessageCatalogue.ColumnYearFinal, y) : MessageCatalogue.ColumnPriorFinal,
        BaseDataColumn.Budget => data.Year is { } y ? MessageCatalogue.Format(MessageCatalogue.ColumnYearBudget, y) : MessageCatalogue.ColumnBudget,
        _ => data.Year is { } y ? MessageCatalogue.Format(MessageCatalogue.ColumnYearFinal, y) : MessageCatalogue.ColumnFinal,
    };

    /// <summary>
    /// The ratios of available amounts that give a printed percentage (at its printed precision, rounded or cut off),
    /// other than <paramref name="correct"/>: "全年执行数 ÷ 年初预算数（1388.92 ÷ 1033.5 = 134.39%）". At most three.
    /// </summary>
    public static IReadOnlyList<string> MatchingRatios(decimal printedPercent, IReadOnlyList<(string Name, decimal Value)> amounts, decimal? correct)
    {
        var found = new List<string>();
        var seen = new HashSet<(decimal, decimal)>();
        for (var i = 0; i < amounts.Count && found.Count < 3; i++)
        {
            for (var j = 0; j < amounts.Count && found.Count < 3; j++)
            {
                var (na, a) = amounts[i];
                var (nb, b) = amounts[j];
                if (i == j || b == 0 || a == 0)
                {
                    continue;
                }

                var ratio = a / b;
                if ((correct is { } c && PerformanceFigures.PercentValue(c) == PerformanceFigures.PercentValue(ratio)) || !PerformanceFigures.PercentAgrees(printedPercent, ratio))
                {
                    continue;
                }

                // The same two amounts under other names (基础数据表 repeats the sheet's totals) are one explanation.
                if (!seen.Add((a, b)))
                {
                    continue;
                }

                found.Add(MessageCatalogue.Format(MessageCatalogue.RatioDescription, na, nb, Num(a), Num(b), PerformanceFigures.Percent(ratio)));
            }
        }

        return found;
    }

    private static void Add(List<(string, decimal)> list, string name, decimal? value)
    {
        if (value is { } v && v != 0)
        {
            list.Add((name, v));
        }
    }

    private static string Figures(decimal a, decimal b) => Num(a) + " ÷ " + Num(b);

    private static string Num(decimal d) => PerformanceFigures.Printed(d);
}
