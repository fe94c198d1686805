using Gongkai.Checks;

namespace Gongkai.Supervision;

/// <summary>One red-flag rule: an indicator of a unit-year compared with a threshold (rates are ratios, 0.10 = 10%).</summary>
/// <param name="Id">The rule id (F01…).</param>
/// <param name="Severity">How serious a flag is.</param>
/// <param name="Indicator">The indicator name (<see cref="UnitYearIndicators.Names"/>).</param>
/// <param name="Operator">&gt;, &gt;=, &lt;, &lt;=, = or !=.</param>
/// <param name="Threshold">The value compared with.</param>
/// <param name="Description">What the flag means, in Chinese.</param>
public sealed record RedFlagRule(string Id, Severity Severity, string Indicator, string Operator, decimal Threshold, string Description)
{
    /// <summary>The operators a rule may use.</summary>
    public static IReadOnlyList<string> Operators { get; } = [">", ">=", "<", "<=", "=", "!="];

    /// <summary>True when <paramref name="value"/> raises the flag.</summary>
    public bool Raises(decimal value) => Operator switch
    {
        ">" => value > Threshold,
        ">=" => value >= Threshold,
        "<" => value < Threshold,
        "<=" => value <= Threshold,
        "=" => value == Threshold,
        _ => value != Threshold,
    };
}
