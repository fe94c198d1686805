using Gongkai.Data;

namespace Gongkai.Performance;

/// <summary>The indicator templates shipped with Gongkai (templates/performance/*.json).</summary>
public static class IndicatorTemplateLibrary
{
    private static readonly Lazy<IReadOnlyList<IndicatorTemplate>> BuiltInLazy = new(() =>
        [.. BuiltInData.Names("templates/performance/").Select(n => IndicatorTemplateParser.Parse(BuiltInData.Read(n), n))]);

    /// <summary>Every shipped template.</summary>
    public static IReadOnlyList<IndicatorTemplate> BuiltIn => BuiltInLazy.Value;

    /// <summary>The template of this name, or null.</summary>
    public static IndicatorTemplate? Find(string name) => BuiltIn.FirstOrDefault(t => t.Name == name);
}
