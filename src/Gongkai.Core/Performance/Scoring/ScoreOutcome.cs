namespace Gongkai.Performance;

/// <summary>A score by one rule (null when the rule cannot give one) and the Chinese explanation of how it was reached.</summary>
public sealed record ScoreOutcome(decimal? Score, string Explanation);
