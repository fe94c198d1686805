namespace Gongkai.Performance;

/// <summary>
/// A rule for one common indicator: which rows it applies to (by kind, or by a name the 三级指标 contains), how its rate
/// is scored, and where the rule comes from (shown with every score it gives).
/// </summary>
public sealed record CommonIndicatorRule(string Id, CommonIndicatorKind Kind, IReadOnlyList<string> Names, RateScoring Scoring, string? Source);
