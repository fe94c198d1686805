using System.Globalization;
using System.Text;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads amounts as published: full-width digits and punctuation (１２３．４５, （）, ，), thousands separators
/// (1,033.50), dashes for blank (-, —, －), negatives in parentheses or with a minus sign, and converts 元 to 万元
/// exactly, keeping the printed scale (24.2 stays 24.2; 8761700.00 元 becomes 876.1700000 万元).
/// </summary>
public static class AmountText
{
    /// <summary>Full-width ASCII forms (ＡＢ１２，．（）) as ASCII, the ideographic space as a space.</summary>
    public static string NormaliseWidth(string text)
    {
        var needs = false;
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000' or '\u2212' or '\u00A0')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
                '\u3000' or '\u00A0' => ' ',
                '\u2212' => '-',
                _ => c,
            });
        }

        return sb.ToString();
    }

    /// <summary>Reads a printed cell.</summary>
    public static ParsedAmount Parse(string? printed)
    {
        if (printed is null)
        {
            return new ParsedAmount(AmountTextKind.Blank, 0);
        }

        var text = Compact(NormaliseWidth(printed));
        if (IsBlankMark(text))
        {
            return new ParsedAmount(AmountTextKind.Blank, 0);
        }

        var negative = false;
        if (text.Length > 2 && text[0] == '(' && text[^1] == ')')
        {
            negative = true;
            text = text[1..^1];
        }

        if (text.Length > 1 && text[0] is '-' or '+')
        {
            negative ^= text[0] == '-';
            text = text[1..];
        }

        if (text.Contains(',', StringComparison.Ordinal))
        {
            if (!HasThousandsGroups(text))
            {
                return new ParsedAmount(AmountTextKind.NotNumber, 0);
            }

            text = text.Replace(",", "", StringComparison.Ordinal);
        }

        if (text.Length == 0 || text.Length > 40 || !IsPlainNumber(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new ParsedAmount(AmountTextKind.NotNumber, 0);
        }

        return new ParsedAmount(AmountTextKind.Number, negative ? -value : value);
    }

    /// <summary>An amount printed in <paramref name="unit"/> as 万元, exactly (元 ÷ 10000 by moving the decimal point).</summary>
    public static decimal ToWan(decimal value, AmountUnit unit)
    {
        if (unit == AmountUnit.Wan)
        {
            return value;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (scale + 4 <= 28)
        {
            return new decimal(bits[0], bits[1], bits[2], value < 0, (byte)(scale + 4));
        }

        return value / 10000m;
    }

    /// <summary>The unit a 单位： text names (万元 or 元), or null when it names neither.</summary>
    public static AmountUnit? UnitOf(string text)
    {
        var t = Compact(NormaliseWidth(text));
        var at = t.IndexOf("单位", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = t[(at + 2)..].TrimStart(':', '：');
        if (rest.StartsWith("万元", StringComparison.Ordinal))
        {
            return AmountUnit.Wan;
        }

        return rest.StartsWith('元') ? AmountUnit.Yuan : null;
    }

    /// <summary>True for a text that stands for a blank cell.</summary>
    public static bool IsBlankMark(string compact)
    {
        if (compact.Length == 0)
        {
            return true;
        }

        if (compact.Length > 6)
        {
            return false;
        }

        foreach (var c in compact)
        {
            if (c is not ('-' or '—' or '–' or '―' or '－' or '/' or '／' or '…'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text without any white space.</summary>
    public static string Compact(string text)
    {
        var any = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                any = true;
                break;
            }
        }

        if (!any)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsPlainNumber(string text)
    {
        var dots = 0;
        var digits = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else
            {
                return false;
            }
        }

        return dots <= 1 && digits > 0;
    }

    private static bool HasThousandsGroups(string text)
    {
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? text : text[..point];
        var groups = whole.Split(',');
        if (groups[0].Length is 0 or > 3)
        {
            return false;
        }

        for (var i = 1; i < groups.Length; i++)
        {
            if (groups[i].Length != 3)
            {
                return false;
            }
        }

        return point < 0 || !text[(point + 1)..].Contains(',', StringComparison.Ordinal);
    }
}
