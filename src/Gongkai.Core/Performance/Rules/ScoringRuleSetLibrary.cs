using Gongkai.Data;

namespace Gongkai.Performance;

/// <summary>The scoring rule sets shipped with Gongkai (rules/performance/*.json).</summary>
public static class ScoringRuleSetLibrary
{
    private static readonly Lazy<IReadOnlyList<ScoringRuleSet>> BuiltInLazy = new(() =>
        [.. BuiltInData.Names("rules/performance/").Select(n => ScoringRuleSetParser.Parse(BuiltInData.Read(n), n))]);

    /// <summary>Every shipped set.</summary>
    public static IReadOnlyList<ScoringRuleSet> BuiltIn => BuiltInLazy.Value;

    /// <summary>The default set (财预〔2020〕10号).</summary>
    public static ScoringRuleSet Default => BuiltIn.First(s => s.Name == "default-2020");
}
