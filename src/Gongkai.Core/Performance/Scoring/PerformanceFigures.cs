using System.Globalization;
using Gongkai.Formatting;

namespace Gongkai.Performance;

/// <summary>How performance figures are printed in messages and reports: scores, rates and printed amounts.</summary>
public static class PerformanceFigures
{
    /// <summary>A score with at most two decimals (10, 6.25, 9.3).</summary>
    public static string Points(decimal value) =>
        AmountFormat.RoundHalfUp(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A ratio as a percentage with two decimals (1 → 100.00%).</summary>
    public static string Percent(decimal ratio) => AmountFormat.Percent(ratio, 2);

    /// <summary>A percentage as printed (105.93 → 105.93%).</summary>
    public static string PrintedPercent(decimal percent) => percent.ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>A number as printed, keeping its scale (1033.5, 24.20).</summary>
    public static string Printed(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The ratio in percent rounded to two decimals, the precision every rule works with.</summary>
    public static decimal PercentValue(decimal ratio) => AmountFormat.RoundHalfUp(ratio * 100m, 2);

    /// <summary>
    /// True when a printed percentage is what the ratio gives at the printed precision, rounded half-up or cut off
    /// (some units truncate: 134.388% printed as 134.38%).
    /// </summary>
    public static bool PercentAgrees(decimal printedPercent, decimal ratio)
    {
        var scale = printedPercent.Scale;
        var exact = ratio * 100m;
        return AmountFormat.RoundHalfUp(exact, scale) == printedPercent
            || decimal.Round(exact, scale, MidpointRounding.ToZero) == printedPercent;
    }
}
