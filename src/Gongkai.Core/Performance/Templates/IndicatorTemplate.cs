namespace Gongkai.Performance;

/// <summary>
/// An indicator template (templates/performance/*.json, format "gongkai.indicators"): a sensible starting sheet for a
/// kind of unit, with the indicators, targets and weights a unit then adjusts to its own annual plan.
/// </summary>
public sealed record IndicatorTemplate(string Name, string Title, string? Note, decimal ExecutionWeight, IReadOnlyList<IndicatorTemplateItem> Items)
{
    /// <summary>A new, unfilled sheet for a unit and year from this template.</summary>
    public SelfEvaluationSheet CreateSheet(string unitName, int year)
    {
        var sheet = new SelfEvaluationSheet { UnitName = unitName, Year = year };
        sheet.Funds.ExecutionWeight = ExecutionWeight;
        foreach (var item in Items)
        {
            sheet.Indicators.Add(new PerformanceIndicator
            {
                Level1 = item.Level1,
                Level2 = item.Level2,
                Name = item.Name,
                Target = IndicatorTarget.Parse(item.Target),
                Weight = item.Weight,
                Kind = item.Kind,
            });
        }

        foreach (var group in Items.GroupBy(i => i.Level1))
        {
            sheet.PrintedGroupWeights.Add(new PrintedGroupWeight(group.Key, group.Sum(i => i.Weight)));
        }

        sheet.PrintedTotalWeight = ExecutionWeight + Items.Sum(i => i.Weight);
        return sheet;
    }
}
