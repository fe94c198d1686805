namespace Gongkai.Performance;

/// <summary>A grade and the lowest total that earns it (优 90, 良 80, 中 60, 差 0).</summary>
public sealed record GradeBand(string Grade, decimal Minimum);
