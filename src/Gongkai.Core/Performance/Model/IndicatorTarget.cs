using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Performance;

/// <summary>
/// An indicator's target (年度指标值) as printed and as understood: a comparison with a number and unit (≥9次,
/// ≤100%, =1次, 1次), a range (90%-100%), or a qualitative level (有效促进). The printed text is kept as written.
/// </summary>
public sealed partial record IndicatorTarget(string Text, TargetComparison Comparison, decimal? Value, decimal? UpperValue, string? Unit)
{
    /// <summary>Understands a printed target; null for a blank one.</summary>
    public static IndicatorTarget? Parse(string? text)
    {
        var t = PerformanceText.Clean(text);
        if (t.Length == 0)
        {
            return null;
        }

        var range = RangePattern().Match(t);
        if (range.Success)
        {
            var unit = range.Groups["unit2"].Value.Length > 0 ? range.Groups["unit2"].Value : range.Groups["unit1"].Value;
            return new IndicatorTarget(t, TargetComparison.Range, Number(range.Groups["low"].Value), Number(range.Groups["high"].Value), UnitOrNull(unit));
        }

        var m = ComparisonPattern().Match(t);
        if (m.Success)
        {
            var comparison = m.Groups["op"].Value switch
            {
                "" => TargetComparison.Value,
                "≥" or ">=" or "＞＝" or "≧" or ">" or "＞" or "不低于" or "不少于" or "大于等于" or "大于" or "达到" => TargetComparison.AtLeast,
                "≤" or "<=" or "＜＝" or "≦" or "<" or "＜" or "不高于" or "不超过" or "小于等于" or "小于" or "控制在" => TargetComparison.AtMost,
                _ => TargetComparison.Equal,
            };
            return new IndicatorTarget(t, comparison, Number(m.Groups["n"].Value), null, UnitOrNull(m.Groups["unit"].Value));
        }

        return new IndicatorTarget(t, TargetComparison.Qualitative, null, null, null);
    }

    /// <summary>The target in the sheet's own words with a sign: ≥9次调研, ≤100%, 有效促进.</summary>
    public override string ToString() => Text;

    private static decimal Number(string text) =>
        decimal.Parse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    private static string? UnitOrNull(string unit)
    {
        var u = unit.Trim();
        return u.Length == 0 ? null : u;
    }

    [GeneratedRegex(@"^(?<op>≥|>=|＞＝|≧|>|＞|≤|<=|＜＝|≦|<|＜|=|＝|不低于|不少于|大于等于|大于|达到|不高于|不超过|小于等于|小于|控制在|等于)?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<unit>[^\d].*)?$")]
    private static partial Regex ComparisonPattern();

    [GeneratedRegex(@"^(?<low>\d[\d,]*(?:\.\d+)?)\s*(?<unit1>%|次|个|人|项|件|天|万元)?\s*(?:-|－|—|~|～|至|到)\s*(?<high>\d[\d,]*(?:\.\d+)?)\s*(?<unit2>.*)$")]
    private static partial Regex RangePattern();
}
