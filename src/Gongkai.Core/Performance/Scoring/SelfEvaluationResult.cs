using Gongkai.Checks;

namespace Gongkai.Performance;

/// <summary>
/// What <see cref="SelfEvaluationScorer"/> found for one sheet: every row recomputed, three totals and their grades,
/// and the findings.
/// </summary>
public sealed class SelfEvaluationResult
{
    /// <summary>The rule set used (its name and title).</summary>
    public required ScoringRuleSet Rules { get; init; }

    /// <summary>The execution row.</summary>
    public required ExecutionScore Execution { get; init; }

    /// <summary>The indicators in printed order.</summary>
    public required IReadOnlyList<IndicatorScore> Indicators { get; init; }

    /// <summary>The total as printed.</summary>
    public decimal? PrintedTotal { get; init; }

    /// <summary>
    /// The sheet's total recomputed: the sum of the printed scores (the unit's own judgement, such as a deduction for
    /// 指标串用 that no rule can see), with the rule score standing in where no score is printed.
    /// </summary>
    public decimal Total { get; init; }

    /// <summary>The sum of the scores every rule gives.</summary>
    public decimal RecomputedTotal { get; init; }

    /// <summary>The grade of <see cref="Total"/>.</summary>
    public required string Grade { get; init; }

    /// <summary>The grade of <see cref="RecomputedTotal"/>.</summary>
    public required string RecomputedGrade { get; init; }

    /// <summary>Everything that does not add up, in sheet order.</summary>
    public required IReadOnlyList<Finding> Findings { get; init; }

    /// <summary>True when a finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
