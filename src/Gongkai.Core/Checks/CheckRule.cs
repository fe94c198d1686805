namespace Gongkai.Checks;

/// <summary>
/// A check rule (审核公式) with a stable id, a severity and a Chinese description. Rules are declared as data (rule set
/// files) and compiled once; <see cref="Evaluate"/> runs on one report and reports what it finds to the sink.
/// </summary>
public abstract class CheckRule
{
    /// <summary>Creates a rule.</summary>
    protected CheckRule(string id, Severity severity, string description)
    {
        Id = id;
        Severity = severity;
        Description = description;
    }

    /// <summary>The stable id (R01a, X6, C-CODE…).</summary>
    public string Id { get; }

    /// <summary>The severity of a failure beyond tolerance.</summary>
    public Severity Severity { get; }

    /// <summary>What the rule checks, in Chinese (used as the first words of its messages).</summary>
    public string Description { get; }

    /// <summary>Runs the rule on one report.</summary>
    public abstract RuleState Evaluate(CheckContext context, FindingSink sink);
}
