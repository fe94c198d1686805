namespace Gongkai.Checks.Expressions;

/// <summary>How the two sides of a rule compare.</summary>
public enum ComparisonOperator
{
    /// <summary>=, within the rounding tolerance.</summary>
    Equal,

    /// <summary>&lt;=, the left side may exceed the right by the tolerance at most.</summary>
    LessOrEqual,

    /// <summary>&gt;=.</summary>
    GreaterOrEqual,
}
