using Gongkai.Model;
using Gongkai.Performance;

namespace Gongkai.Supervision;

/// <summary>Takes the <see cref="UnitYearIndicators"/> of one report from its tables, figures, unit facts and self-evaluation.</summary>
public static class IndicatorCalculator
{
    /// <summary>The indicators of <paramref name="report"/>, named <paramref name="unit"/> (the report's own name when null).</summary>
    public static UnitYearIndicators Calculate(UnitYearReport report, ScoringRuleSet? scoring = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t01 = report.Table(DisclosureTableKind.IncomeExpenditureSummary);
        var t03 = report.Table(DisclosureTableKind.ExpenditureStatement);
        var t05 = report.Table(DisclosureTableKind.GeneralBudgetExpenditure);
        var t06 = report.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure);
        var t07 = report.Table(DisclosureTableKind.ThreePublicCosts);
        var s = report.Table(DisclosureTableKind.ExplanationFigures);
        var data = report.EvaluationBaseData;
        var sheet = report.SelfEvaluation;

        var hasT03 = t03?.Find("Total") is not null;
        var indicators = new UnitYearIndicators
        {
            Unit = unit ?? report.Unit.Name,
            Year = report.Year,
            Kind = report.Kind,
            ExpenditureTotal = t03?["Total", 1] ?? t01?["ExpenditureTotal", 2] ?? data?.TotalSpending.Final,
            BasicExpenditure = hasT03 ? t03!["Total", 2] ?? 0 : data?.BasicSpending.Final,
            ProjectExpenditure = hasT03 ? t03!["Total", 3] ?? 0 : data?.ProjectSpending.Final,
            PersonnelCost = t06?["PersonnelCostTotal", 1],
            OperatingCost = t06?["OperatingCostTotal", 1],
            SpendingByClass = [.. (t03?.Rows ?? []).Where(r => r.IsCoded && r.Key.Length == 3 && r[1] is not null)
                .OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ClassSpending(r.Key, r.Label ?? "", r[1]!.Value))],
            ThreePublicCosts = t07?["ThreePublicCosts", 7] ?? data?.ThreePublic.TotalOf(BaseDataColumn.Final),
            ThreePublicCostsBudget = t07?["ThreePublicCosts", 1] ?? data?.ThreePublic.TotalOf(BaseDataColumn.Budget),
            ThreePublicCostsPrior = s?["ThreePublicCostsTotal", 3] ?? data?.ThreePublic.TotalOf(BaseDataColumn.PriorFinal),
            AgencyOperatingCost = s?["AgencyOperatingCost", 1],
            AgencyOperatingCostPrior = s?["AgencyOperatingCost", 3],
            InitialBudget = s?["GeneralBudgetExpenditure", 2],
            AuthorizedHeadcount = report.Unit.AuthorizedHeadcount ?? data?.AuthorizedHeadcount,
            ActualHeadcount = report.Unit.ActualHeadcount ?? data?.ActualHeadcount,
        };
        if (t05?["Total", 1] is { } spent && indicators.InitialBudget is { } initial && initial != 0)
        {
            indicators.BudgetCompletionRate = spent / initial;
        }

        indicators.ExecutionRate = sheet?.Funds.ExecutionRate
            ?? (data?.TotalSpending is { Final: { } final, Budget: { } budget } && budget != 0 ? final / budget : null);

        if (sheet is not null)
        {
            var rules = scoring ?? ScoringRuleSetLibrary.Default;
            var result = new SelfEvaluationScorer(rules).Score(sheet, data);
            indicators.SelfEvaluationScore = result.Total;
            indicators.SelfEvaluationGrade = result.Grade;
            var failing = result.Indicators.Count(i => i.Indicator.Weight is > 0 && (i.Indicator.PrintedScore ?? i.RecomputedScore) is { } score
                && score < i.Indicator.Weight.Value * 0.6m);
            indicators.FailingIndicators = failing;
            indicators.ExcellentWithFailingIndicator = result.Grade == rules.Grades[0].Grade && failing > 0 ? 1 : 0;
        }

        return indicators;
    }
}
