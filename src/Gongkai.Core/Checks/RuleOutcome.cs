namespace Gongkai.Checks;

/// <summary>The end state of one rule on one report.</summary>
public readonly record struct RuleOutcome(string RuleId, RuleState State);
