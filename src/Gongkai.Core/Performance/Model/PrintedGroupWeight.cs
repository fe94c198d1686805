namespace Gongkai.Performance;

/// <summary>A weight printed beside a 一级指标 heading, e.g. 产出指标 (50分).</summary>
public sealed record PrintedGroupWeight(string Level1, decimal Weight);
