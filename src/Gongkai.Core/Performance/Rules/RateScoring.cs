namespace Gongkai.Performance;

/// <summary>
/// The scoring of a rate (in percent): <see cref="RateScoringType.DeductAbove"/> and <see cref="RateScoringType.DeductBelow"/>
/// deduct <see cref="Points"/> for every <see cref="Per"/> percentage points beyond <see cref="Limit"/> (linearly, so
/// half a step deducts half the points), never below 0; <see cref="RateScoringType.Bands"/> gives the share of the first
/// band the rate falls in.
/// </summary>
public sealed record RateScoring(RateScoringType Type, decimal Limit, decimal Points, decimal Per, IReadOnlyList<RateBand> Bands);
