namespace Gongkai.Performance;

/// <summary>
/// The recomputation of one indicator: the group it counts in, the rule applied (a common-indicator rule id, or
/// quantitative/qualitative), the rate used for a rate indicator (a ratio), the score by the rules (null when it
/// cannot be computed) and the explanation in Chinese of how it was reached.
/// </summary>
public sealed record IndicatorScore(
    PerformanceIndicator Indicator,
    string? GroupName,
    string RuleId,
    decimal? Rate,
    decimal? RecomputedScore,
    string Explanation);
