using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>A versioned set of compiled check rules with its tolerance, for a disclosure kind, region and years.</summary>
public sealed class RuleSet
{
    /// <summary>Creates a rule set.</summary>
    public RuleSet(string name, DisclosureKind kind, string region, int fromYear, int? toYear, Tolerance tolerance, IReadOnlyList<CheckRule> rules)
    {
        Name = name;
        Kind = kind;
        Region = region;
        FromYear = fromYear;
        ToYear = toYear;
        Tolerance = tolerance;
        Rules = rules;
    }

    /// <summary>The set's name (its file name).</summary>
    public string Name { get; }

    /// <summary>Final accounts or budget.</summary>
    public DisclosureKind Kind { get; }

    /// <summary>Region ("default" for the national rules).</summary>
    public string Region { get; }

    /// <summary>First year it applies to.</summary>
    public int FromYear { get; }

    /// <summary>Last year, or null.</summary>
    public int? ToYear { get; }

    /// <summary>The rounding tolerance.</summary>
    public Tolerance Tolerance { get; }

    /// <summary>The rules in order.</summary>
    public IReadOnlyList<CheckRule> Rules { get; }
}
