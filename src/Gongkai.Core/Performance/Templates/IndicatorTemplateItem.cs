namespace Gongkai.Performance;

/// <summary>One indicator of a template: its three tiers, the target as it would be printed, the weight and the common-indicator kind it measures, if any.</summary>
public sealed record IndicatorTemplateItem(string Level1, string? Level2, string Name, string? Target, decimal Weight, string? Kind);
