using Gongkai.Data;

namespace Gongkai.Supervision;

/// <summary>The red-flag rule sets shipped with Gongkai (rules/red-flags/).</summary>
public static class RedFlagRuleSetLibrary
{
    private static readonly Lazy<RedFlagRuleSet> DefaultLazy = new(() =>
        RedFlagRuleSetParser.Parse(BuiltInData.Read("rules/red-flags/default.json"), "rules/red-flags/default.json"));

    /// <summary>The default set.</summary>
    public static RedFlagRuleSet Default => DefaultLazy.Value;
}
