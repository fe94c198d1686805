using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

/// <summary>Every scoring rule against values computed by hand, with the boundaries.</summary>
public sealed class IndicatorScoringTests
{
    private static readonly ScoringRuleSet Rules = ScoringRuleSetLibrary.Default;

    private static decimal? Quant(string target, string? achieved, decimal weight) =>
        IndicatorScoring.Quantitative(IndicatorTarget.Parse(target)!, MeasuredValue.Parse(achieved), weight).Score;

    [Theory]
    [InlineData("≥10次", "10次", 5, 5)]        // exactly the target
    [InlineData("≥10次", "12次", 5, 5)]        // above: capped at the weight
    [InlineData("≥10次", "8次", 5, 4)]         // 5 × 8 ÷ 10
    [InlineData("≥9次调研", "19次", 6.25, 6.25)] // units 次调研 and 次 agree
    [InlineData("≥95%", "94%", 8, 7.92)]       // 8 × 94 ÷ 95 = 7.915… → 7.92
    [InlineData("≥0次", "0次", 5, 5)]          // zero target is reached by anything
    [InlineData("100%", "100%", 6.25, 6.25)]   // bare number counts as ≥
    [InlineData("≤100%", "100%", 12.5, 12.5)]  // exactly 100%
    [InlineData("≤100%", "125%", 12.5, 10)]    // 12.5 × 100 ÷ 125
    [InlineData("≤100%", "100.01%", 12.5, 12.5)] // 12.5 × 100 ÷ 100.01 = 12.49875 → 12.50
    [InlineData("≤0%", "0%", 4, 4)]            // zero limit met
    [InlineData("≤0%", "1%", 4, 0)]            // zero limit exceeded: nothing
    [InlineData("=1次", "1次", 5, 5)]
    [InlineData("=1次", "2次", 5, 0)]
    [InlineData("90%-100%", "95%", 5, 5)]
    [InlineData("90%-100%", "80%", 5, 4.44)]   // 5 × 80 ÷ 90 = 4.444…
    [InlineData("90%-100%", "120%", 5, 4.17)]  // 5 × 100 ÷ 120 = 4.1666…
    public void Quantitative_partial_credit(string target, string achieved, double weight, double expected)
    {
        Assert.Equal((decimal)expected, Quant(target, achieved, (decimal)weight));
    }

    [Fact]
    public void Missing_achieved_value_scores_zero_and_says_why()
    {
        var outcome = IndicatorScoring.Quantitative(IndicatorTarget.Parse("≥9次")!, null, 6.25m);
        Assert.Equal(0m, outcome.Score);
        Assert.Contains("未填写实际完成值", outcome.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Units_that_differ_or_text_achieved_cannot_be_scored()
    {
        Assert.Null(Quant("≥9次", "95%", 5));
        Assert.Null(Quant("≥9次", "较多", 5));
    }

    [Fact]
    public void Explanation_shows_the_formula_with_the_figures()
    {
        var outcome = IndicatorScoring.Quantitative(IndicatorTarget.Parse("≤100%")!, MeasuredValue.Parse("125%"), 12.5m);
        Assert.Equal("目标 ≤100%，实际 125%，超过目标：得分 = 分值 × 目标 ÷ 实际 = 12.5 × 100 ÷ 125 = 10。", outcome.Explanation);
    }

    [Theory]
    [InlineData("有效促进", "促进", 8, 8)]       // the action without a level word reaches the target (seed 004)
    [InlineData("有效促进", "有效促进", 8, 8)]
    [InlineData("有效提升", "显著提升", 8, 8)]    // a higher level
    [InlineData("有效促进", "较好促进", 8, 6.4)]  // 8 × 0.8
    [InlineData("有效促进", "基本促进", 8, 4.8)]  // 8 × 0.6
    [InlineData("有效改善", "部分改善", 5, 2)]    // 5 × 0.4
    [InlineData("有效促进", "未促进", 8, 0)]
    public void Qualitative_levels(string target, string achieved, double weight, double expected)
    {
        var outcome = IndicatorScoring.Qualitative(IndicatorTarget.Parse(target)!, MeasuredValue.Parse(achieved), (decimal)weight, Rules);
        Assert.Equal((decimal)expected, outcome.Score);
    }

    [Fact]
    public void Qualitative_text_that_names_neither_level_nor_action_is_not_judged()
    {
        var outcome = IndicatorScoring.Qualitative(IndicatorTarget.Parse("有效促进")!, MeasuredValue.Parse("完成"), 8m, Rules);
        Assert.Null(outcome.Score);
        Assert.Equal(0m, IndicatorScoring.Qualitative(IndicatorTarget.Parse("有效促进")!, null, 8m, Rules).Score);
    }

    private static RateScoring Above(decimal limit, decimal points, decimal per) => new(RateScoringType.DeductAbove, limit, points, per, []);

    [Theory]
    [InlineData(100, 5)]        // exactly 100%: full
    [InlineData(100.5, 4.75)]   // 0.5 point over: 5 − 0.5 × 0.5
    [InlineData(104, 3)]        // 5 − 0.5 × 4
    [InlineData(146.15, 0)]     // seed 004's 在职人员控制率: 5 − 23.075 → 0, never negative
    [InlineData(69.91, 5)]
    public void Headcount_control_minus_half_a_point_per_point_over(double rate, double expected)
    {
        Assert.Equal((decimal)expected, IndicatorScoring.Rate(Above(100, 0.5m, 1), (decimal)rate, 5m).Score);
    }

    [Theory]
    [InlineData(100, 6)]
    [InlineData(101, 5)]   // −1 per point over (三公经费控制率)
    [InlineData(110, 0)]
    public void Three_public_control_minus_one_per_point(double rate, double expected)
    {
        Assert.Equal((decimal)expected, IndicatorScoring.Rate(Above(100, 1, 1), (decimal)rate, 6m).Score);
    }

    [Theory]
    [InlineData(0, 5)]       // 三公经费变动率 ≤ 0: full
    [InlineData(-12.5, 5)]
    [InlineData(2, 4)]       // 5 − 0.5 × 2
    public void Three_public_change_full_when_not_rising(double rate, double expected)
    {
        Assert.Equal((decimal)expected, IndicatorScoring.Rate(Above(0, 0.5m, 1), (decimal)rate, 5m).Score);
    }

    [Theory]
    [InlineData(100, 4)]
    [InlineData(102.5, 3)]   // 楼堂馆所: −2 per 5% over, linear: 4 − 2 × 2.5 ÷ 5
    [InlineData(105, 2)]
    [InlineData(115, 0)]
    public void Building_control_minus_two_per_five_percent(double rate, double expected)
    {
        Assert.Equal((decimal)expected, IndicatorScoring.Rate(Above(100, 2, 5), (decimal)rate, 4m).Score);
    }

    [Theory]
    [InlineData(100, 5)]
    [InlineData(95, 3)]     // 预算完成率: −2 per 5% below
    [InlineData(90, 1)]
    [InlineData(80, 0)]
    public void Budget_completion_minus_two_per_five_percent_below(double rate, double expected)
    {
        var rule = new RateScoring(RateScoringType.DeductBelow, 100, 2, 5, []);
        Assert.Equal((decimal)expected, IndicatorScoring.Rate(rule, (decimal)rate, 5m).Score);
    }

    [Theory]
    [InlineData(0, 5)]       // 预算调整率 bands of S3, as shares of 5 points
    [InlineData(5, 4)]
    [InlineData(10, 4)]      // upper bound inclusive
    [InlineData(10.01, 3)]
    [InlineData(30, 2)]
    [InlineData(34.39, 0)]   // seed 004: (1388.92 − 1033.5) ÷ 1033.5
    public void Budget_adjustment_bands(double rate, double expected)
    {
        var rule = Rules.Indicators.Single(r => r.Kind == CommonIndicatorKind.BudgetAdjustmentRate);
        Assert.Equal((decimal)expected, IndicatorScoring.Rate(rule.Scoring, (decimal)rate, 5m).Score);
    }

    [Theory]
    [InlineData(1388.92, 1388.92, 10)]   // seed 004: 100.00%
    [InlineData(900, 1000, 9)]           // 10 × 90%
    [InlineData(1100, 1000, 10)]         // over-execution capped at 100%
    [InlineData(0, 1000, 0)]
    public void Execution_rate_score(double executed, double annual, double expected)
    {
        var outcome = IndicatorScoring.Execution(new FundAmounts(null, (decimal)annual, (decimal)executed), 10m, 100m);
        Assert.Equal((decimal)expected, outcome.Score);
    }

    [Fact]
    public void Execution_without_a_budget_cannot_be_scored()
    {
        Assert.Null(IndicatorScoring.Execution(new FundAmounts(1000m, null, 900m), 10m, 100m).Score);
        Assert.Null(IndicatorScoring.Execution(new FundAmounts(null, 0m, 900m), 10m, 100m).Score);
    }
}
