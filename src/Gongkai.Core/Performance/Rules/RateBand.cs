namespace Gongkai.Performance;

/// <summary>A band of a banded rule: rates up to <see cref="UpTo"/> percent (inclusive; null: no upper end) earn <see cref="Share"/> of the weight.</summary>
public sealed record RateBand(decimal? UpTo, decimal Share);
