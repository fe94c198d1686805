namespace Gongkai.Performance;

/// <summary>A rate computed from the sheet or base data: the ratio, the formula in words and the figures put into it.</summary>
public sealed record RateEvidence(decimal Ratio, string Formula, string Figures);
