namespace Gongkai.Performance;

/// <summary>A level word of qualitative targets (有效, 较好, 基本, 未…) and the share of the weight it earns.</summary>
public sealed record QualitativeLevel(string Word, decimal Share);
