using Gongkai.Checks;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Performance;

/// <summary>
/// Recomputes a 绩效自评表 under a scoring rule set: the execution row, every indicator (common indicators from the
/// base data, quantitative targets with partial credit, qualitative targets by level), the totals and the grades; and
/// reports (as <see cref="Finding"/>s) weights that do not add up, printed scores, totals and rates that differ from
/// the recomputation, lost points without a reason, rates computed from the wrong quantities, and base-data and
/// narrative figures that do not agree.
/// </summary>
public sealed class SelfEvaluationScorer
{
    private const string SheetPlace = "绩效自评表";
    private readonly ScoringRuleSet rules;

    /// <summary>Creates a scorer; null for <see cref="ScoringRuleSetLibrary.Default"/>.</summary>
    public SelfEvaluationScorer(ScoringRuleSet? rules = null) => this.rules = rules ?? ScoringRuleSetLibrary.Default;

    /// <summary>Scores a sheet; the base data may be null.</summary>
    public SelfEvaluationResult Score(SelfEvaluationSheet sheet, EvaluationBaseData? data)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var findings = new List<Finding>();

        var execution = ScoreExecution(sheet, data, findings);
        var scores = new List<IndicatorScore>();
        foreach (var indicator in sheet.Indicators)
        {
            var score = ScoreIndicator(indicator, sheet, data, findings);
            scores.Add(score);
            CheckPrintedScore(score, findings);
        }

        CheckWeights(sheet, execution, scores, findings);

        var total = (execution.PrintedScore ?? execution.RecomputedScore ?? 0)
            + scores.Sum(s => s.Indicator.PrintedScore ?? s.RecomputedScore ?? 0);
        var recomputed = (execution.RecomputedScore ?? 0) + scores.Sum(s => s.RecomputedScore ?? 0);
        if (sheet.PrintedTotal is { } printedTotal && printedTotal != total)
        {
            findings.Add(Make("P-TOTAL", Severity.Error, MessageCatalogue.PlaceTotal,
                MessageCatalogue.Format(MessageCatalogue.FindingTotal, Pts(printedTotal), Pts(total), TotalTerms(execution, scores), Pts(printedTotal - total)),
                Pts(printedTotal), Pts(total)));
        }

        var grade = rules.GradeOf(total);
        if (sheet.PrintedGrade is { } printedGrade && printedGrade != grade)
        {
            findings.Add(Make("P-GRADE", Severity.Error, MessageCatalogue.PlaceTotal,
                MessageCatalogue.Format(MessageCatalogue.FindingGradeWrong, printedGrade, Pts(total), grade), printedGrade, grade));
        }
        else if (sheet.PrintedGrade is null)
        {
            findings.Add(Make("P-GRADE", Severity.Notice, MessageCatalogue.PlaceTotal,
                MessageCatalogue.Format(MessageCatalogue.FindingGradeMissing, Pts(total), grade), null, grade));
        }

        if (data is not null)
        {
            BaseDataChecks.Run(data, sheet, rules, findings);
        }

        if (sheet.Narrative is { } narrative)
        {
            NarrativeChecks.Run(narrative, sheet, findings);
        }

        return new SelfEvaluationResult
        {
            Rules = rules,
            Execution = execution,
            Indicators = scores,
            PrintedTotal = sheet.PrintedTotal,
            Total = total,
            RecomputedTotal = recomputed,
            Grade = grade,
            RecomputedGrade = rules.GradeOf(recomputed),
            Findings = findings,
        };
    }

    private ExecutionScore ScoreExecution(SelfEvaluationSheet sheet, EvaluationBaseData? data, List<Finding> findings)
    {
        var funds = sheet.Funds;
        var weight = funds.ExecutionWeight ?? rules.ExecutionWeight;
        var outcome = IndicatorScoring.Execution(funds.Total, weight, rules.ExecutionCap);
        var rate = funds.ExecutionRate;
        var place = MessageCatalogue.PlaceExecution;
        if (rate is { } r && funds.PrintedExecutionRate is { } printed && !PerformanceFigures.PercentAgrees(printed, r))
        {
            var message = MessageCatalogue.Format(
                MessageCatalogue.FindingExecutionRate, PerformanceFigures.PrintedPercent(printed),
                PerformanceFigures.Printed(funds.Total.Executed!.Value), PerformanceFigures.Printed(funds.Total.Annual!.Value), PerformanceFigures.Percent(r));
            message += WrongRatio(printed, sheet, data, r);
            findings.Add(Make("P-RATE", Severity.Error, place, message, PerformanceFigures.PrintedPercent(printed), PerformanceFigures.Percent(r)));
        }

        if (funds.PrintedExecutionScore is { } printedScore && outcome.Score is { } score && printedScore != score)
        {
            findings.Add(Make("P-SCORE", Severity.Warning, place,
                MessageCatalogue.Format(MessageCatalogue.FindingScore, Pts(printedScore), Pts(score), outcome.Explanation), Pts(printedScore), Pts(score)));
        }

        return new ExecutionScore(weight, rate, funds.PrintedExecutionRate, funds.PrintedExecutionScore, outcome.Score, outcome.Explanation);
    }

    private IndicatorScore ScoreIndicator(PerformanceIndicator indicator, SelfEvaluationSheet sheet, EvaluationBaseData? data, List<Finding> findings)
    {
        var group = rules.GroupOf(indicator)?.Name;
        if (indicator.Weight is not { } weight)
        {
            return new IndicatorScore(indicator, group, "none", null, null, MessageCatalogue.ExplainNoWeight);
        }

        if (rules.RuleOf(indicator) is { } rule)
        {
            return ScoreCommon(indicator, rule, weight, group, sheet, data, findings);
        }

        if (indicator.Target is not { } target)
        {
            return new IndicatorScore(indicator, group, "none", null, null, MessageCatalogue.ExplainNoTarget);
        }

        if (target.Comparison == TargetComparison.Qualitative)
        {
            var q = IndicatorScoring.Qualitative(target, indicator.Achieved, weight, rules);
            return new IndicatorScore(indicator, group, "qualitative", null, q.Score, q.Explanation);
        }

        var outcome = IndicatorScoring.Quantitative(target, indicator.Achieved, weight);
        if (indicator.Achieved is { Number: not null } achieved && !IndicatorScoring.UnitsAgree(target.Unit, achieved.Unit))
        {
            findings.Add(Make("P-UNIT", Severity.Warning, Place(indicator), outcome.Explanation, achieved.Text, target.Text));
        }

        var ruleId = "quantitative-" + target.Comparison switch
        {
            TargetComparison.AtMost => "at-most",
            TargetComparison.Equal => "equal",
            TargetComparison.Range => "range",
            _ => "at-least",
        };
        return new IndicatorScore(indicator, group, ruleId, null, outcome.Score, outcome.Explanation);
    }

    private IndicatorScore ScoreCommon(
        PerformanceIndicator indicator, CommonIndicatorRule rule, decimal weight, string? group, SelfEvaluationSheet sheet, EvaluationBaseData? data, List<Finding> findings)
    {
        var evidence = CommonIndicatorFormulas.Evaluate(rule.Kind, sheet, data);
        var printed = indicator.Achieved is { Number: { } n, Unit: "%" or "％" } ? n : (decimal?)null;
        decimal ratePercent;
        string prefix;
        decimal? ratio;
        if (evidence is not null)
        {
            ratio = evidence.Ratio;
            ratePercent = PerformanceFigures.PercentValue(evidence.Ratio);
            prefix = MessageCatalogue.Format(MessageCatalogue.ExplainRateFormula, indicator.Name, evidence.Formula, evidence.Figures, PerformanceFigures.Percent(evidence.Ratio));
            if (printed is { } p && !PerformanceFigures.PercentAgrees(p, evidence.Ratio))
            {
                var message = MessageCatalogue.Format(
                    MessageCatalogue.FindingFormula, indicator.Name, PerformanceFigures.PrintedPercent(p), evidence.Formula, evidence.Figures, PerformanceFigures.Percent(evidence.Ratio));
                message += WrongRatio(p, sheet, data, evidence.Ratio);
                findings.Add(Make("P-FORMULA", Severity.Error, Place(indicator), message, PerformanceFigures.PrintedPercent(p), PerformanceFigures.Percent(evidence.Ratio)));
            }
        }
        else if (printed is { } p)
        {
            ratio = p / 100m;
            ratePercent = p;
            prefix = MessageCatalogue.Format(MessageCatalogue.ExplainRateAsPrinted, indicator.Name, PerformanceFigures.PrintedPercent(p));
        }
        else
        {
            return new IndicatorScore(indicator, group, rule.Id, null, null, MessageCatalogue.Format(MessageCatalogue.ExplainRateMissing, indicator.Name));
        }

        var outcome = IndicatorScoring.Rate(rule.Scoring, ratePercent, weight);
        var explanation = prefix + outcome.Explanation;
        if (rule.Source is { } source)
        {
            explanation += MessageCatalogue.Format(MessageCatalogue.ExplainRuleSource, source);
        }

        return new IndicatorScore(indicator, group, rule.Id, ratio, outcome.Score, explanation);
    }

    private static string WrongRatio(decimal printedPercent, SelfEvaluationSheet sheet, EvaluationBaseData? data, decimal correct)
    {
        var matches = CommonIndicatorFormulas.MatchingRatios(printedPercent, CommonIndicatorFormulas.AvailableAmounts(sheet, data), correct);
        return matches.Count == 0
            ? ""
            : MessageCatalogue.Format(MessageCatalogue.FindingWrongRatio, PerformanceFigures.PrintedPercent(printedPercent), string.Join(MessageCatalogue.Or, matches));
    }

    private static void CheckPrintedScore(IndicatorScore score, List<Finding> findings)
    {
        var indicator = score.Indicator;
        var place = Place(indicator);
        if (indicator.PrintedScore is { } printed && indicator.Weight is { } weight)
        {
            if (printed > weight)
            {
                findings.Add(Make("P-SCORE", Severity.Error, place, MessageCatalogue.Format(MessageCatalogue.FindingScoreAboveWeight, Pts(printed), Pts(weight)), Pts(printed), Pts(weight)));
            }
            else if (printed < weight && indicator.DeviationReason is null)
            {
                findings.Add(Make("P-REASON", Severity.Warning, place, MessageCatalogue.Format(MessageCatalogue.FindingReasonMissing, Pts(printed), Pts(weight)), Pts(printed), null));
            }
        }

        if (indicator.PrintedScore is { } p && score.RecomputedScore is { } r && p != r)
        {
            findings.Add(Make("P-SCORE", Severity.Warning, place, MessageCatalogue.Format(MessageCatalogue.FindingScore, Pts(p), Pts(r), score.Explanation), Pts(p), Pts(r)));
        }
    }

    private void CheckWeights(SelfEvaluationSheet sheet, ExecutionScore execution, List<IndicatorScore> scores, List<Finding> findings)
    {
        var indicatorWeights = scores.Sum(s => s.Indicator.Weight ?? 0);
        var executionWeight = execution.Weight ?? 0;
        var sum = executionWeight + indicatorWeights;
        if (sum != 100)
        {
            findings.Add(Make("P-WEIGHTS", Severity.Error, SheetPlace,
                MessageCatalogue.Format(MessageCatalogue.FindingWeightsTotal, Pts(sum), Pts(executionWeight), Pts(indicatorWeights)), Pts(sum), "100"));
        }

        if (sheet.PrintedTotalWeight is { } printedWeight && printedWeight != sum)
        {
            findings.Add(Make("P-WEIGHTS", Severity.Error, MessageCatalogue.PlaceTotal,
                MessageCatalogue.Format(MessageCatalogue.FindingTotalWeight, Pts(printedWeight), Pts(sum)), Pts(printedWeight), Pts(sum)));
        }

        foreach (var heading in sheet.PrintedGroupWeights)
        {
            var under = scores.Where(s => s.Indicator.Level1 == heading.Level1).Sum(s => s.Indicator.Weight ?? 0);
            if (under != heading.Weight)
            {
                findings.Add(Make("P-WEIGHTS", Severity.Error, SheetPlace + " " + heading.Level1,
                    MessageCatalogue.Format(MessageCatalogue.FindingGroupHeading, heading.Level1, Pts(heading.Weight), Pts(under)), Pts(heading.Weight), Pts(under)));
            }
        }

        if (execution.Weight is { } w && w != rules.ExecutionWeight)
        {
            findings.Add(Make("P-WEIGHTS", Severity.Warning, MessageCatalogue.PlaceExecution,
                MessageCatalogue.Format(MessageCatalogue.FindingGroupWeight, MessageCatalogue.ExecutionRowName, Pts(w), rules.Title, Pts(rules.ExecutionWeight)), Pts(w), Pts(rules.ExecutionWeight)));
        }

        foreach (var group in rules.Groups)
        {
            var inGroup = scores.Where(s => s.GroupName == group.Name).Sum(s => s.Indicator.Weight ?? 0);
            if (inGroup != group.Weight)
            {
                findings.Add(Make("P-WEIGHTS", Severity.Warning, SheetPlace,
                    MessageCatalogue.Format(MessageCatalogue.FindingGroupWeight, group.Name, Pts(inGroup), rules.Title, Pts(group.Weight)), Pts(inGroup), Pts(group.Weight)));
            }
        }

        foreach (var orphan in scores.Where(s => s.GroupName is null))
        {
            findings.Add(Make("P-WEIGHTS", Severity.Notice, Place(orphan.Indicator),
                MessageCatalogue.Format(MessageCatalogue.FindingUngrouped, orphan.Indicator.Name, string.Join("、", rules.Groups.Select(g => g.Name))), null, null));
        }
    }

    private static string TotalTerms(ExecutionScore execution, List<IndicatorScore> scores) =>
        string.Join(" + ", new[] { execution.PrintedScore ?? execution.RecomputedScore ?? 0 }
            .Concat(scores.Select(s => s.Indicator.PrintedScore ?? s.RecomputedScore ?? 0))
            .Select(Pts));

    /// <summary>Where an indicator is, in the sheet's own words.</summary>
    internal static string Place(PerformanceIndicator indicator) =>
        string.Join("/", new[] { SheetPlace + " " + indicator.Level1, indicator.Level2, indicator.Name }.Where(s => !string.IsNullOrEmpty(s)));

    internal static Finding Make(string ruleId, Severity severity, string location, string message, string? printed, string? expected, int? line = null) =>
        new(ruleId, severity, location, message, printed, expected, Array.Empty<CellRef>(), line is { } l ? new SourcePosition(l, null, null, null) : null);

    private static string Pts(decimal value) => PerformanceFigures.Points(value);
}
