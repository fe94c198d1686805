using System.Globalization;

namespace Gongkai.Formatting;

/// <summary>How amounts and percentages are rounded and printed (DOMAIN.md §4): half-up, fixed decimals.</summary>
public static class AmountFormat
{
    /// <summary>Rounds half away from zero (the 四舍五入 of published documents).</summary>
    public static decimal RoundHalfUp(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>An amount in 万元 with two decimals (876.17, 24.20).</summary>
    public static string Amount(decimal value) =>
        RoundHalfUp(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>An amount exactly as it was printed: a decimal keeps its printed scale (24.2 stays 24.2).</summary>
    public static string Printed(decimal? value) =>
        value is null ? "（空白）" : value.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A whole count.</summary>
    public static string Count(decimal value) => RoundHalfUp(value, 0).ToString("0", CultureInfo.InvariantCulture);

    /// <summary>A difference with its sign (+0.10, -1.00).</summary>
    public static string Difference(decimal value) =>
        (value > 0 ? "+" : "") + RoundHalfUp(value, 2).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A ratio printed as a percentage with the given decimals (0.9552 → 95.5%).</summary>
    public static string Percent(decimal ratio, int decimals) =>
        RoundHalfUp(ratio * 100m, decimals).ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.InvariantCulture) + "%";
}
