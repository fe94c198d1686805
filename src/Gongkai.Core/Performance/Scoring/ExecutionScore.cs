namespace Gongkai.Performance;

/// <summary>The recomputation of the 预算执行率 row: the weight, the rate computed (a ratio) and as printed (percent), the scores and the explanation.</summary>
public sealed record ExecutionScore(
    decimal? Weight,
    decimal? Rate,
    decimal? PrintedRate,
    decimal? PrintedScore,
    decimal? RecomputedScore,
    string Explanation);
