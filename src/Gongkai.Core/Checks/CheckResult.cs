namespace Gongkai.Checks;

/// <summary>What running a rule set over one report gave: the findings and the state of every rule.</summary>
public sealed class CheckResult
{
    /// <summary>Creates a result.</summary>
    public CheckResult(IReadOnlyList<Finding> findings, IReadOnlyList<RuleOutcome> outcomes)
    {
        Findings = findings;
        Outcomes = outcomes;
    }

    /// <summary>All findings, in rule order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>One outcome per rule of the set.</summary>
    public IReadOnlyList<RuleOutcome> Outcomes { get; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>How many rules ended in a state.</summary>
    public int Count(RuleState state) => Outcomes.Count(o => o.State == state);

    /// <summary>How many findings have a severity.</summary>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);
}
