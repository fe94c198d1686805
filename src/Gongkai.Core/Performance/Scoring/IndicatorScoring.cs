using Gongkai.Formatting;
using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>
/// The scoring rules, one method each, every one returning its score with the Chinese explanation of the rule
/// applied. Scores are rounded half-up to two decimals; rates are taken in percent with two decimals, as printed.
/// </summary>
public static class IndicatorScoring
{
    /// <summary>
    /// 预算执行率: 分值 × min(执行率, cap) where the rate is 全年执行数 ÷ 全年预算数.
    /// </summary>
    public static ScoreOutcome Execution(FundAmounts total, decimal weight, decimal capPercent)
    {
        if (total is not { Executed: { } executed, Annual: { } annual } || annual == 0)
        {
            return new ScoreOutcome(null, MessageCatalogue.ExplainExecutionMissing);
        }

        var rate = PerformanceFigures.PercentValue(executed / annual);
        var used = Math.Min(rate, capPercent);
        var score = Round(weight * used / 100m);
        return new ScoreOutcome(score, MessageCatalogue.Format(
            MessageCatalogue.ExplainExecution,
            P(executed), P(annual), Pct(rate), P(capPercent), Pts(weight), Pct(used), Pts(score)));
    }

    /// <summary>Partial credit for a quantitative target (≥, ≤, =, a range, or a bare number counted as ≥).</summary>
    public static ScoreOutcome Quantitative(IndicatorTarget target, MeasuredValue? achieved, decimal weight)
    {
        if (target.Value is not { } t)
        {
            throw new ArgumentException("not a quantitative target", nameof(target));
        }

        if (achieved is null)
        {
            return new ScoreOutcome(0, MessageCatalogue.Format(MessageCatalogue.ExplainAchievedMissing, target.Text));
        }

        if (achieved.Number is not { } a)
        {
            return new ScoreOutcome(null, MessageCatalogue.Format(MessageCatalogue.ExplainAchievedNotNumber, achieved.Text, target.Text));
        }

        if (!UnitsAgree(target.Unit, achieved.Unit))
        {
            return new ScoreOutcome(null, MessageCatalogue.Format(MessageCatalogue.ExplainUnitMismatch, achieved.Unit, target.Unit));
        }

        var full = Pts(weight);
        switch (target.Comparison)
        {
            case TargetComparison.AtMost:
                if (a <= t)
                {
                    return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainAtMostMet, target.Text, achieved.Text, full));
                }

                if (t <= 0)
                {
                    return new ScoreOutcome(0, MessageCatalogue.Format(MessageCatalogue.ExplainAtMostZero, target.Text, achieved.Text));
                }

                var atMost = Round(weight * t / a);
                return new ScoreOutcome(atMost, MessageCatalogue.Format(MessageCatalogue.ExplainAtMostPartial, target.Text, achieved.Text, full, P(t), P(a), Pts(atMost)));

            case TargetComparison.Equal:
                return a == t
                    ? new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainEqualMet, target.Text, achieved.Text, full))
                    : new ScoreOutcome(0, MessageCatalogue.Format(MessageCatalogue.ExplainEqualMissed, target.Text, achieved.Text));

            case TargetComparison.Range:
                var high = target.UpperValue ?? t;
                if (a >= t && a <= high)
                {
                    return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainRangeMet, target.Text, achieved.Text, full));
                }

                if (a < t)
                {
                    var below = Round(weight * a / t);
                    return new ScoreOutcome(below, MessageCatalogue.Format(MessageCatalogue.ExplainRangeBelow, target.Text, achieved.Text, full, P(a), P(t), Pts(below)));
                }

                var above = a == 0 ? 0 : Round(weight * high / a);
                return new ScoreOutcome(above, MessageCatalogue.Format(MessageCatalogue.ExplainRangeAbove, target.Text, achieved.Text, full, P(high), P(a), Pts(above)));

            default:
                // ≥ and a bare number: reaching the target earns the weight; a zero target is reached by anything.
                if (a >= t)
                {
                    return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainAtLeastMet, target.Text, achieved.Text, full));
                }

                var atLeast = a <= 0 ? 0 : Round(weight * a / t);
                return new ScoreOutcome(atLeast, MessageCatalogue.Format(MessageCatalogue.ExplainAtLeastPartial, target.Text, achieved.Text, full, P(a), P(t), Pts(atLeast)));
        }
    }

    /// <summary>
    /// A qualitative target (有效促进): the achieved text earns the share of its level word; an achieved text that names
    /// the target's action without a level word (促进) or with a level at least as high reaches the target.
    /// </summary>
    public static ScoreOutcome Qualitative(IndicatorTarget target, MeasuredValue? achieved, decimal weight, ScoringRuleSet rules)
    {
        if (achieved is null)
        {
            return new ScoreOutcome(0, MessageCatalogue.Format(MessageCatalogue.ExplainAchievedMissing, target.Text));
        }

        var targetLevel = rules.LevelIn(target.Text);
        var action = targetLevel is null ? target.Text : target.Text.Replace(targetLevel.Word, "", StringComparison.Ordinal);
        var achievedLevel = rules.LevelIn(achieved.Text);
        var full = Pts(weight);
        if (achievedLevel is null)
        {
            if (action.Length > 0 && (achieved.Text.Contains(action, StringComparison.Ordinal) || action.Contains(achieved.Text, StringComparison.Ordinal)))
            {
                return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainQualitativeMet, target.Text, achieved.Text, full));
            }

            return new ScoreOutcome(null, MessageCatalogue.Format(MessageCatalogue.ExplainQualitativeUnjudged, target.Text, achieved.Text));
        }

        if (achievedLevel.Share >= (targetLevel?.Share ?? 1m))
        {
            return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainQualitativeMet, target.Text, achieved.Text, full));
        }

        var score = Round(weight * achievedLevel.Share);
        return new ScoreOutcome(score, MessageCatalogue.Format(
            MessageCatalogue.ExplainQualitativePartial, target.Text, achieved.Text, achievedLevel.Word, full, Pts(achievedLevel.Share), Pts(score)));
    }

    /// <summary>A rate (in percent, two decimals) under a common-indicator rule.</summary>
    public static ScoreOutcome Rate(RateScoring scoring, decimal ratePercent, decimal weight)
    {
        var full = Pts(weight);
        switch (scoring.Type)
        {
            case RateScoringType.Bands:
                var band = scoring.Bands.First(b => b.UpTo is null || ratePercent <= b.UpTo);
                var banded = Round(weight * band.Share);
                var range = band.UpTo is { } up ? MessageCatalogue.Format(MessageCatalogue.ExplainBandUpTo, P(up)) : MessageCatalogue.ExplainBandOpen;
                return new ScoreOutcome(banded, MessageCatalogue.Format(MessageCatalogue.ExplainBand, Pct(ratePercent), range, full, Pts(band.Share), Pts(banded)));

            case RateScoringType.DeductBelow:
                if (ratePercent >= scoring.Limit)
                {
                    return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainNotBelow, Pct(ratePercent), P(scoring.Limit), full));
                }

                var shortfall = scoring.Limit - ratePercent;
                var below = Round(Math.Max(0, weight - (scoring.Points * shortfall / scoring.Per)));
                return new ScoreOutcome(below, MessageCatalogue.Format(
                    MessageCatalogue.ExplainDeductBelow, Pct(ratePercent), P(scoring.Limit), P(shortfall), P(scoring.Per), P(scoring.Points), full, Pts(below)));

            default:
                if (ratePercent <= scoring.Limit)
                {
                    return new ScoreOutcome(Round(weight), MessageCatalogue.Format(MessageCatalogue.ExplainNotAbove, Pct(ratePercent), P(scoring.Limit), full));
                }

                var excess = ratePercent - scoring.Limit;
                var above = Round(Math.Max(0, weight - (scoring.Points * excess / scoring.Per)));
                return new ScoreOutcome(above, MessageCatalogue.Format(
                    MessageCatalogue.ExplainDeductAbove, Pct(ratePercent), P(scoring.Limit), P(excess), P(scoring.Per), P(scoring.Points), full, Pts(above)));
        }
    }

    /// <summary>True when two printed units measure the same thing (次 and 次调研 do; 次 and % do not); a missing unit agrees with any.</summary>
    public static bool UnitsAgree(string? a, string? b)
    {
        if (string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b))
        {
            return true;
        }

        a = a.Replace('％', '%');
        b = b.Replace('％', '%');
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    private static decimal Round(decimal value) => AmountFormat.RoundHalfUp(value, 2);

    private static string Pts(decimal value) => PerformanceFigures.Points(value);

    private static string P(decimal value) => PerformanceFigures.Printed(value);

    private static string Pct(decimal percent) =>
        AmountFormat.RoundHalfUp(percent, 2).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
