namespace Gongkai.Performance;

/// <summary>
/// A scoring rule set for 部门整体支出绩效自评 (rules/performance/*.json, format "gongkai.scoring"): the weight of the
/// execution row and of the top groups (summing to 100), the rules for common indicators, the level words of
/// qualitative targets and the grade bands. Declared as data so that a finance bureau can adjust it; see
/// <see cref="ScoringRuleSetParser"/>.
/// </summary>
public sealed class ScoringRuleSet
{
    /// <summary>Creates a rule set; <see cref="ScoringRuleSetParser"/> checks the parts before calling this.</summary>
    public ScoringRuleSet(
        string name,
        string title,
        decimal executionWeight,
        decimal executionCap,
        IReadOnlyList<ScoringGroup> groups,
        IReadOnlyList<QualitativeLevel> levels,
        IReadOnlyList<GradeBand> grades,
        IReadOnlyList<CommonIndicatorRule> indicators,
        string? quantitativeDescription = null)
    {
        Name = name;
        Title = title;
        ExecutionWeight = executionWeight;
        ExecutionCap = executionCap;
        Groups = groups;
        Levels = [.. levels.OrderByDescending(l => l.Word.Length)];
        Grades = [.. grades.OrderByDescending(g => g.Minimum)];
        Indicators = indicators;
        QuantitativeDescription = quantitativeDescription;
    }

    /// <summary>The set's name (default-2020).</summary>
    public string Name { get; }

    /// <summary>The set's title in Chinese.</summary>
    public string Title { get; }

    /// <summary>The weight of the 预算执行率 row.</summary>
    public decimal ExecutionWeight { get; }

    /// <summary>The execution rate (percent) above which no more points are earned (100).</summary>
    public decimal ExecutionCap { get; }

    /// <summary>The top groups in order.</summary>
    public IReadOnlyList<ScoringGroup> Groups { get; }

    /// <summary>The level words, longest first so that 无明显 is found before 明显.</summary>
    public IReadOnlyList<QualitativeLevel> Levels { get; }

    /// <summary>The grades, best first.</summary>
    public IReadOnlyList<GradeBand> Grades { get; }

    /// <summary>The common-indicator rules.</summary>
    public IReadOnlyList<CommonIndicatorRule> Indicators { get; }

    /// <summary>The description of the quantitative partial-credit rule, as the file states it.</summary>
    public string? QuantitativeDescription { get; }

    /// <summary>The group an indicator belongs to, or null.</summary>
    public ScoringGroup? GroupOf(PerformanceIndicator indicator)
    {
        foreach (var text in new[] { indicator.Level2, indicator.Level1 })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            var group = Groups.FirstOrDefault(g => g.Keywords.Any(k => text.Contains(k, StringComparison.Ordinal)));
            if (group is not null)
            {
                return group;
            }
        }

        return null;
    }

    /// <summary>The common-indicator rule for a row: by its declared kind, else by a name its 三级指标 contains.</summary>
    public CommonIndicatorRule? RuleOf(PerformanceIndicator indicator)
    {
        if (indicator.Kind is { } kindName && ScoringRuleSetParser.TryParseKind(kindName, out var kind))
        {
            return Indicators.FirstOrDefault(r => r.Kind == kind);
        }

        var name = PerformanceText.Compact(indicator.Name);
        return Indicators.FirstOrDefault(r => r.Names.Any(n => name.Contains(PerformanceText.Compact(n), StringComparison.Ordinal)));
    }

    /// <summary>The grade of a total.</summary>
    public string GradeOf(decimal total) => Grades.FirstOrDefault(g => total >= g.Minimum)?.Grade ?? Grades[^1].Grade;

    /// <summary>The first level word a text contains, or null.</summary>
    public QualitativeLevel? LevelIn(string text) => Levels.FirstOrDefault(l => text.Contains(l.Word, StringComparison.Ordinal));
}
