namespace Gongkai.Checks.Expressions;

/// <summary>A parsed rule expression: left and right linear expressions, the operator and the forEach variables.</summary>
public sealed record CompiledComparison(
    IReadOnlyList<Term> Left,
    ComparisonOperator Operator,
    IReadOnlyList<Term> Right,
    IReadOnlyList<string> VariableNames,
    IReadOnlyList<Domain> Domains);
