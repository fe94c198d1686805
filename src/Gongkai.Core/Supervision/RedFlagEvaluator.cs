using System.Globalization;
using Gongkai.Checks;
using Gongkai.Formatting;
using Gongkai.Messages;

namespace Gongkai.Supervision;

/// <summary>Raises the red flags of a rule set on unit-year indicators, as findings (rule id, severity, where, message).</summary>
public static class RedFlagEvaluator
{
    /// <summary>The flags raised on <paramref name="indicators"/>; an indicator not given raises nothing.</summary>
    public static IReadOnlyList<Finding> Evaluate(UnitYearIndicators indicators, RedFlagRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(rules);
        var findings = new List<Finding>();
        foreach (var rule in rules.Rules)
        {
            if (indicators.Value(rule.Indicator) is not { } value || !rule.Raises(value))
            {
                continue;
            }

            var where = MessageCatalogue.Format(MessageCatalogue.SupervisionUnitYear, indicators.Unit, indicators.Year);
            var printed = Show(rule.Indicator, value);
            var threshold = rule.Operator + " " + Show(rule.Indicator, rule.Threshold);
            findings.Add(new Finding(rule.Id, rule.Severity, where,
                MessageCatalogue.Format(MessageCatalogue.RedFlagRaised, where, rule.Description, IndicatorName(rule.Indicator), printed, threshold),
                printed, threshold, []));
        }

        return findings;
    }

    /// <summary>A value as shown to people: rates as percentages with 2 decimals, amounts with 2 decimals, counts whole.</summary>
    public static string Show(string indicator, decimal value) =>
        UnitYearIndicators.IsRate(indicator) ? AmountFormat.Percent(value, 2)
        : indicator is "authorizedHeadcount" or "actualHeadcount" or "failingIndicators" or "excellentWithFailingIndicator" ? AmountFormat.Count(value)
        : AmountFormat.Amount(value);

    /// <summary>The Chinese name of an indicator.</summary>
    public static string IndicatorName(string indicator) =>
        MessageCatalogue.SupervisionIndicatorNames.TryGetValue(indicator, out var name) ? name : indicator.ToString(CultureInfo.InvariantCulture);
}
