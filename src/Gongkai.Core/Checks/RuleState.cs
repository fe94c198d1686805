namespace Gongkai.Checks;

/// <summary>How a rule ended on one report. A rule that could not run is never counted as passed.</summary>
public enum RuleState
{
    /// <summary>Every instance held (notices for rounding differences may still be reported).</summary>
    Passed,

    /// <summary>At least one instance failed beyond tolerance.</summary>
    Failed,

    /// <summary>The rule does not apply to this report (no rows to check, a table stated empty, a unit kind it is not for).</summary>
    NotApplicable,

    /// <summary>A cell the rule needs is missing or unreadable, and nothing failed.</summary>
    InsufficientData,
}
