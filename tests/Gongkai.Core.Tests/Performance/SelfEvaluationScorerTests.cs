using Gongkai.Checks;
using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

/// <summary>Seed 004 recomputed under the default rules, with the figures of EXPECTED.md worked out by hand.</summary>
public sealed class SelfEvaluationScorerTests
{
    private static SelfEvaluationResult Score(SelfEvaluationSheet? sheet = null, EvaluationBaseData? data = null, ScoringRuleSet? rules = null) =>
        new SelfEvaluationScorer(rules).Score(sheet ?? Seed004.Sheet(), data ?? Seed004.BaseData());

    [Fact]
    public void Total_is_the_sum_of_the_printed_scores_not_the_printed_total()
    {
        var r = Score();

        // 9 + (6.25 + 6.25 + 6.25 + 5 + 12.5 + 10) + 8 × 5 = 95.25
        Assert.Equal(95.25m, r.Total);
        Assert.Equal(96.25m, r.PrintedTotal);
        Assert.Equal("优", r.Grade);
        var total = Assert.Single(r.Findings, f => f.RuleId == "P-TOTAL");
        Assert.Equal(Severity.Error, total.Severity);
        Assert.Equal("96.25", total.Printed);
        Assert.Equal("95.25", total.Expected);
    }

    [Fact]
    public void Rule_total_gives_full_marks_where_the_figures_earn_them()
    {
        // Execution 10 (100.00%), every quantitative and qualitative target met, 公用经费控制率 69.91% ≤ 100%: 100.
        var r = Score();
        Assert.Equal(100m, r.RecomputedTotal);
        Assert.Equal("优", r.RecomputedGrade);
    }

    [Fact]
    public void Execution_rate_is_recomputed_from_its_own_row()
    {
        var r = Score();
        Assert.Equal(1m, r.Execution.Rate);
        Assert.Equal(10m, r.Execution.RecomputedScore);
        var rate = Assert.Single(r.Findings, f => f.RuleId == "P-RATE");
        Assert.Equal("105.93%", rate.Printed);
        Assert.Equal("100.00%", rate.Expected);
    }

    [Fact]
    public void Public_funds_control_rate_comes_from_the_base_data_and_the_wrong_ratio_is_named()
    {
        var r = Score();
        var row = r.Indicators.Single(s => s.Indicator.Name == "公用经费控制率");
        Assert.Equal("public-funds-control", row.RuleId);
        Assert.Equal("69.91%", PerformanceFigures.Percent(row.Rate!.Value)); // 81.94 ÷ 117.2
        Assert.Equal(12.5m, row.RecomputedScore);
        Assert.Contains("81.94 ÷ 117.2 = 69.91%", row.Explanation, StringComparison.Ordinal);
        var formula = Assert.Single(r.Findings, f => f.RuleId == "P-FORMULA");
        Assert.Equal("134.38%", formula.Printed);
        Assert.Equal("69.91%", formula.Expected);
        Assert.Contains("全年执行数 ÷ 年初预算数（1388.92 ÷ 1033.5 = 134.39%）", formula.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_base_data_the_printed_rate_is_scored()
    {
        var r = new SelfEvaluationScorer().Score(Seed004.Sheet(), null);
        var row = r.Indicators.Single(s => s.Indicator.Name == "公用经费控制率");

        // 134.38% over 100% by 34.38 points at 0.5 a point: 12.5 − 17.19 → 0.
        Assert.Equal(0m, row.RecomputedScore);
        Assert.DoesNotContain(r.Findings, f => f.RuleId == "P-FORMULA");
    }

    [Fact]
    public void Base_data_totals_and_project_rows_are_checked_per_column()
    {
        var r = Score();
        var baseFindings = r.Findings.Where(f => f.RuleId == "P-BASE").ToList();
        Assert.Contains(baseFindings, f => f.Severity == Severity.Error && f.Expected == "1150.75" && f.Printed == "1258.88");
        Assert.Contains(baseFindings, f => f.Expected == "277.87" && f.Printed == "364.77");
        Assert.Contains(baseFindings, f => f.Expected == "249.06" && f.Printed == "290.37");
        Assert.Contains(baseFindings, f => f.Expected == "249.06" && f.Printed == "451.87");

        // 57 ÷ 39 = 146.15% is printed right; only the unscored excess is noted.
        Assert.DoesNotContain(baseFindings, f => f.Printed == "146.15%" && f.Severity == Severity.Error);
        Assert.Contains(baseFindings, f => f.Severity == Severity.Notice && f.Printed == "146.15%");
    }

    [Fact]
    public void Weight_structure_is_compared_with_the_rule_set()
    {
        var r = Score();
        var weights = r.Findings.Where(f => f.RuleId == "P-WEIGHTS").ToList();

        // 效益 32 (5 × 8 less 满意度 8... the satisfaction row sits under 效益) against 30, 满意度 8 against 10; the sum is 100.
        Assert.Contains(weights, f => f.Printed == "32" && f.Expected == "30");
        Assert.Contains(weights, f => f.Printed == "8" && f.Expected == "10");
        Assert.All(weights, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Weights_not_adding_up_to_100_are_an_error()
    {
        var sheet = Seed004.Sheet();
        sheet.Indicators[0] = sheet.Indicators[0] with { Weight = 5m };
        var r = Score(sheet);
        Assert.Contains(r.Findings, f => f.RuleId == "P-WEIGHTS" && f.Severity == Severity.Error && f.Printed == "98.75" && f.Expected == "100");
    }

    [Fact]
    public void Lost_points_without_a_reason_are_flagged()
    {
        Assert.DoesNotContain(Score().Findings, f => f.RuleId == "P-REASON");
        var sheet = Seed004.Sheet();
        sheet.Indicators[3] = sheet.Indicators[3] with { DeviationReason = null };
        var reason = Assert.Single(Score(sheet).Findings, f => f.RuleId == "P-REASON");
        Assert.Contains("资金使用合规性", reason.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Printed_scores_that_differ_from_the_rules_are_warnings_with_the_rule()
    {
        var scores = Score().Findings.Where(f => f.RuleId == "P-SCORE").ToList();
        Assert.Equal(3, scores.Count); // execution 9 vs 10, 资金使用合规性 5 vs 6.25, 公用经费控制率 10 vs 12.5
        Assert.All(scores, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void Narrative_shares_and_amounts_are_checked()
    {
        var r = Score();
        var shares = r.Findings.Where(f => f.RuleId == "P-SHARE").ToList();
        Assert.Equal(["65.0%", "27.40%", "5.96%", "1.7%"], shares.Select(f => f.Expected));
        Assert.Equal(2, r.Findings.Count(f => f.RuleId == "P-NARRATIVE")); // 1322.4 vs 1322.44, 66.52 vs 66.48
    }

    [Fact]
    public void A_rule_set_from_a_file_changes_the_scores()
    {
        var text = Data.BuiltInData.Read("rules/performance/default-2020.json")
            .Replace("\"scoring\": { \"type\": \"deductAbove\", \"limit\": 100, \"points\": 0.5, \"per\": 1 },\n      \"source\": \"财预〔2013〕53号", "\"scoring\": { \"type\": \"deductAbove\", \"limit\": 50, \"points\": 0.5, \"per\": 1 },\n      \"source\": \"财预〔2013〕53号", StringComparison.Ordinal);
        var rules = ScoringRuleSetParser.Parse(text, "strict.json");
        var row = Score(rules: rules).Indicators.Single(s => s.Indicator.Name == "公用经费控制率");

        // 69.91% is 19.91 points over 50%: 12.5 − 0.5 × 19.91 = 2.545 → 2.55.
        Assert.Equal(2.55m, row.RecomputedScore);
        Assert.Equal(90.05m, Score(rules: rules).RecomputedTotal);
    }
}
