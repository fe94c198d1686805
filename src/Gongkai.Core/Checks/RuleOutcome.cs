namespace Gongkai.Checks;

/// <summary>The end state of one rule on one report.</summary>
public sealed record RuleOutcome(string RuleId, RuleState State);
