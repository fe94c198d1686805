using System.Text;

namespace Gongkai.Classification;

/// <summary>
/// Compares a 科目名称 as printed with the catalogue's name. Printed names carry noise that is not a different name:
/// white space from PDF line wraps (人大代表履职能力提 升), half- or full-width brackets, a list ordinal of the
/// 公开01/04表 (七、住房保障支出) and the level marker of the 情况说明 (一般公共服务（类）支出). Anything else, such as a
/// changed or extra character (一般公共预算服务(类)), is a different name.
/// </summary>
public static class ClassificationNames
{
    private const string ChineseDigits = "一二三四五六七八九十百零〇";
    private const string Expenditure = "支出";
    private static readonly string[] LevelMarkers = ["（类）", "（款）", "（项）"];

    /// <summary>
    /// The comparison form of a name: no white space (also full-width), brackets as （）, no leading ordinal
    /// (一、 / （一） / 1、 / （1）) and no trailing level marker （类）/（款）/（项）.
    /// </summary>
    public static string Normalize(string name) => Normalize(name, out _);

    /// <summary>
    /// True when a printed name denotes the official one. A name printed with a 类 marker may also drop the official
    /// name's last 支出 (一般公共服务（类） for 一般公共服务支出), the way the 情况说明 write it.
    /// </summary>
    public static bool Matches(string printed, string official)
    {
        var target = Normalize(official);
        foreach (var key in Keys(printed))
        {
            if (key == target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The normalised official names a printed name may stand for (one or two), for index look-ups.</summary>
    internal static IEnumerable<string> Keys(string printed)
    {
        var key = Normalize(printed, out var hadMarker);
        yield return key;
        if (hadMarker && key.Length > 0 && !key.EndsWith(Expenditure, StringComparison.Ordinal))
        {
            yield return key + Expenditure;
        }
    }

    private static string Normalize(string name, out bool hadMarker)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                continue;
            }

            sb.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }

        var text = DropOrdinal(sb.ToString());
        hadMarker = false;
        foreach (var marker in LevelMarkers)
        {
            // 一般公共服务（类）支出: the marker sits before the class name's last 支出.
            if (text.EndsWith(marker + Expenditure, StringComparison.Ordinal) && text.Length > marker.Length + Expenditure.Length)
            {
                text = text[..^(marker.Length + Expenditure.Length)] + Expenditure;
                hadMarker = true;
                break;
            }

            if (text.EndsWith(marker, StringComparison.Ordinal) && text.Length > marker.Length)
            {
                text = text[..^marker.Length];
                hadMarker = true;
                break;
            }
        }

        return text;
    }

    private static string DropOrdinal(string text)
    {
        if (text.Length < 2)
        {
            return text;
        }

        if (text[0] == '（')
        {
            var close = text.IndexOf('）', StringComparison.Ordinal);
            return close > 1 && close < text.Length - 1 && IsOrdinal(text.AsSpan(1, close - 1)) ? text[(close + 1)..] : text;
        }

        var end = 0;
        while (end < text.Length && IsOrdinalChar(text[end]))
        {
            end++;
        }

        return end > 0 && end < text.Length - 1 && text[end] is '、' or '．' or '.' && IsOrdinal(text.AsSpan(0, end))
            ? text[(end + 1)..]
            : text;
    }

    /// <summary>True for a list ordinal of at most four digits, all ASCII (12) or all Chinese (十二).</summary>
    public static bool IsOrdinal(ReadOnlySpan<char> span)
    {
        if (span.Length is 0 or > 4)
        {
            return false;
        }

        var allAscii = true;
        var allChinese = true;
        foreach (var c in span)
        {
            allAscii &= c is >= '0' and <= '9';
            allChinese &= ChineseDigits.Contains(c, StringComparison.Ordinal);
        }

        return allAscii || allChinese;
    }

    /// <summary>True for an ASCII or Chinese digit of an ordinal.</summary>
    public static bool IsOrdinalChar(char c) => c is >= '0' and <= '9' || ChineseDigits.Contains(c, StringComparison.Ordinal);
}
