using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Claims;

/// <summary>Finds the amounts and percentages of a paragraph (full-width digits and signs are read as ASCII).</summary>
public static partial class NumberScanner
{
    /// <summary>Maps full-width digits, ．，％ to ASCII so that one pattern reads both; the length is unchanged.</summary>
    public static string Normalize(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '０' and <= '９' => (char)('0' + (chars[i] - '０')),
                '．' => '.',
                '％' => '%',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    /// <summary>The numbers of a paragraph in order.</summary>
    public static IReadOnlyList<NumberToken> Scan(string paragraph)
    {
        var text = Normalize(paragraph);
        var tokens = new List<NumberToken>();
        foreach (Match m in NumberPattern().Matches(text))
        {
            var number = m.Groups["num"].Value;
            var unit = m.Groups["unit"].Value;
            if (unit.Length == 0)
            {
                continue;
            }

            // A year (2020年), a count (38人) or a date is not an amount: only 万元/元/亿元/万 and % count.
            if (!decimal.TryParse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var dot = number.IndexOf('.', StringComparison.Ordinal);
            var decimals = dot < 0 ? 0 : number.Length - dot - 1;
            var kind = unit == "%" ? NumberKind.Percent : NumberKind.Amount;
            if (kind == NumberKind.Amount && unit == "万" && m.Index + m.Length < text.Length && text[m.Index + m.Length] is '人' or '个' or '件' or '次')
            {
                continue; // 3万人次 is a count
            }

            var before = text[Math.Max(0, m.Index - 3)..m.Index];
            var isChange = ChangeWord().IsMatch(before);
            tokens.Add(new NumberToken(kind, value, number, decimals, unit, m.Index, m.Index + m.Length, InParentheses(text, m.Index), isChange));
        }

        return tokens;
    }

    private static bool InParentheses(string text, int at)
    {
        var depth = 0;
        for (var i = 0; i < at; i++)
        {
            if (text[i] is '（' or '(')
            {
                depth++;
            }
            else if (text[i] is '）' or ')' && depth > 0)
            {
                depth--;
            }
        }

        return depth > 0;
    }

    [GeneratedRegex(@"(?<![0-9.])(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)\s*(?<unit>亿元|万元|元|%|万(?!元))?")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("(增加|减少|增长|下降|多|少)$")]
    private static partial Regex ChangeWord();
}
