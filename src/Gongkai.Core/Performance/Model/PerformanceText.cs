using System.Globalization;
using System.Text;

namespace Gongkai.Performance;

/// <summary>Small text helpers shared by the performance model, its readers and writers.</summary>
public static class PerformanceText
{
    /// <summary>Trims ordinary and ideographic spaces (the 　 that word processors leave in table cells).</summary>
    public static string Clean(string? text) => (text ?? "").Trim().Trim('\u3000', '\u00A0', ' ', '\t').Trim();

    /// <summary>Removes every space and line break, for matching labels split over lines (年度预\n算申请).</summary>
    public static string Compact(string? text)
    {
        var b = new StringBuilder();
        foreach (var c in text ?? "")
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000')
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    /// <summary>True for a dash that stands for "nothing" (-, —, ——, /, 无).</summary>
    public static bool IsDash(string? text) => Clean(text) is "-" or "—" or "——" or "－" or "/" or "无" or "－－" or "--";

    /// <summary>
    /// Parses an amount as printed (1,033.5; 1388.92; 10分; 105.93%): thousands separators, a trailing 分, 万元 or %
    /// and spaces are allowed. Null when blank or not a number.
    /// </summary>
    public static decimal? Number(string? text)
    {
        var t = Compact(text);
        foreach (var suffix in new[] { "万元", "分", "%", "％", "元", "人" })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                t = t[..^suffix.Length];
                break;
            }
        }

        t = t.Replace(",", "", StringComparison.Ordinal).Replace("，", "", StringComparison.Ordinal);
        return t.Length > 0 && decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;
    }
}
