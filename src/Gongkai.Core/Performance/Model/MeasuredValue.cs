using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Performance;

/// <summary>
/// A value as printed in a sheet (实际完成值 such as 19次, 134.38%, 促进): the text kept as written, and the number and
/// unit when it starts with a number.
/// </summary>
public sealed partial record MeasuredValue(string Text, decimal? Number, string? Unit)
{
    /// <summary>Understands a printed value; null for a blank one (or a dash standing for nothing).</summary>
    public static MeasuredValue? Parse(string? text)
    {
        var t = PerformanceText.Clean(text);
        if (t.Length == 0 || PerformanceText.IsDash(t))
        {
            return null;
        }

        var m = NumberPattern().Match(t);
        if (m.Success && decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
        {
            var unit = m.Groups["unit"].Value.Trim();
            return new MeasuredValue(t, n, unit.Length == 0 ? null : unit);
        }

        return new MeasuredValue(t, null, null);
    }

    /// <summary>The value as printed.</summary>
    public override string ToString() => Text;

    [GeneratedRegex(@"^(?<n>[+-]?\d[\d,]*(?:\.\d+)?)\s*(?<unit>[^\d].*)?$")]
    private static partial Regex NumberPattern();
}
