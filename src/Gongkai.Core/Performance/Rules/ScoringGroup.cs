namespace Gongkai.Performance;

/// <summary>
/// A top group of the weight structure (产出 50, 效益 30, 满意度 10): an indicator belongs to the first group one of whose
/// keywords its 二级指标 contains, or else its 一级指标.
/// </summary>
public sealed record ScoringGroup(string Id, string Name, decimal Weight, IReadOnlyList<string> Keywords);
