namespace Gongkai.Performance;

/// <summary>A project row of the 绩效评价基础数据表 (1、环保世纪行 …), with its amounts per year column.</summary>
public sealed record BaseDataProject(string Name, YearAmounts Amounts, int? Line = null);
