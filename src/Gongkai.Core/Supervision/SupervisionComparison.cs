using Gongkai.Checks;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Performance;

namespace Gongkai.Supervision;

/// <summary>
/// Compares unit-years: groups documents by unit (by name; a document whose unit name could not be read joins the unit
/// whose 部门职责 it repeats word for word), takes the indicators of each unit-year (several documents of one unit-year —
/// the 决算 and the 绩效评价报告 — are merged, the tables first), fills a prior-year figure from last year's document
/// where this year's does not state it, raises the red flags and runs the cross-document checks.
/// </summary>
public static class SupervisionComparison
{
    /// <summary>Compares <paramref name="reports"/> with the red-flag <paramref name="rules"/>.</summary>
    public static ComparisonResult Compare(IReadOnlyList<UnitYearReport> reports, RedFlagRuleSet rules, ScoringRuleSet? scoring = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(rules);
        var units = UnitNames(reports);
        var indicators = new List<UnitYearIndicators>();
        var cross = new List<Finding>();
        foreach (var unit in reports.Select((r, i) => (Report: r, Unit: units[i])).GroupBy(x => x.Unit).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var byYear = unit.Where(x => x.Report.Kind == DisclosureKind.FinalAccounts || !unit.Any(y => y.Report.Year == x.Report.Year && y.Report.Kind == DisclosureKind.FinalAccounts))
                .GroupBy(x => x.Report.Year).OrderBy(g => g.Key);
            UnitYearIndicators? previous = null;
            foreach (var year in byYear)
            {
                // The document with tables first: its figures win; the others fill what it leaves blank.
                var parts = year.Select(x => IndicatorCalculator.Calculate(x.Report, scoring, unit.Key))
                    .OrderByDescending(i => i.ExpenditureTotal is not null && i.PersonnelCost is not null).ToList();
                var merged = Merge(parts);
                if (previous is not null && previous.Year == merged.Year - 1)
                {
                    merged.ThreePublicCostsPrior ??= previous.ThreePublicCosts;
                    merged.AgencyOperatingCostPrior ??= previous.AgencyOperatingCost;
                }

                indicators.Add(merged);
                previous = merged;
            }

            cross.AddRange(CrossDocumentChecker.Check([.. unit.Select(x => x.Report)], unit.Key));
        }

        var flags = indicators.SelectMany(i => RedFlagEvaluator.Evaluate(i, rules)).ToList();
        return new ComparisonResult(indicators, flags, cross);
    }

    /// <summary>The unit name of each report (a placeholder for one whose name and duties match no other).</summary>
    public static IReadOnlyList<string> UnitNames(IReadOnlyList<UnitYearReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var named = reports.Where(r => r.Unit.Name.Length > 0 && r.Unit.Duties.Count > 0).ToList();
        return [.. reports.Select((r, i) => r.Unit.Name.Length > 0 ? r.Unit.Name
            : named.FirstOrDefault(n => r.Unit.Duties.Count > 0 && n.Unit.Duties.SequenceEqual(r.Unit.Duties, StringComparer.Ordinal))?.Unit.Name
            ?? MessageCatalogue.Format(MessageCatalogue.SupervisionUnnamedUnit, i + 1))];
    }

    private static UnitYearIndicators Merge(List<UnitYearIndicators> parts)
    {
        var m = parts[0];
        foreach (var p in parts.Skip(1))
        {
            m.ExpenditureTotal ??= p.ExpenditureTotal;
            m.BasicExpenditure ??= p.BasicExpenditure;
            m.ProjectExpenditure ??= p.ProjectExpenditure;
            m.PersonnelCost ??= p.PersonnelCost;
            m.OperatingCost ??= p.OperatingCost;
            if (m.SpendingByClass.Count == 0)
            {
                m.SpendingByClass = p.SpendingByClass;
            }

            m.ThreePublicCosts ??= p.ThreePublicCosts;
            m.ThreePublicCostsBudget ??= p.ThreePublicCostsBudget;
            m.ThreePublicCostsPrior ??= p.ThreePublicCostsPrior;
            m.AgencyOperatingCost ??= p.AgencyOperatingCost;
            m.AgencyOperatingCostPrior ??= p.AgencyOperatingCostPrior;
            m.InitialBudget ??= p.InitialBudget;
            m.BudgetCompletionRate ??= p.BudgetCompletionRate;
            m.ExecutionRate ??= p.ExecutionRate;
            m.AuthorizedHeadcount ??= p.AuthorizedHeadcount;
            m.ActualHeadcount ??= p.ActualHeadcount;
            m.SelfEvaluationScore ??= p.SelfEvaluationScore;
            m.SelfEvaluationGrade ??= p.SelfEvaluationGrade;
            m.FailingIndicators ??= p.FailingIndicators;
            m.ExcellentWithFailingIndicator ??= p.ExcellentWithFailingIndicator;
        }

        return m;
    }
}
