namespace Gongkai.Supervision;

/// <summary>A versioned set of red-flag rules (rules/red-flags/*.json, or a supervisor's own file).</summary>
/// <param name="Name">The set's name.</param>
/// <param name="Version">Its version.</param>
/// <param name="Rules">The rules in order.</param>
public sealed record RedFlagRuleSet(string Name, int Version, IReadOnlyList<RedFlagRule> Rules);
