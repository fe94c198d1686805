using System.Text;

namespace Gongkai.Documents.Reading;

/// <summary>Comparison forms of printed text: titles, labels, header names (white space, quotes, widths, ordinals).</summary>
public static class TextForms
{

    /// <summary>
    /// The form used to compare titles and header names: half-width ASCII, no white space, no quotation marks, brackets
    /// as （）.
    /// </summary>
    public static string Key(string text)
    {
        var t = AmountText.NormaliseWidth(text);
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '\'' or '‘' or '’' or '「' or '」' or '\uFEFF' or '*')
            {
                continue;
            }

            sb.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }

        return sb.ToString();
    }

    /// <summary>The text without a leading list ordinal (一、 （一） 1、 1. (1) - ).</summary>
    public static string DropOrdinal(string text)
    {
        var t = text.TrimStart();
        if (t.StartsWith("- ", StringComparison.Ordinal) || t.StartsWith("* ", StringComparison.Ordinal))
        {
            t = t[2..].TrimStart();
        }

        if (t.Length < 2)
        {
            return t;
        }

        if (t[0] is '（' or '(')
        {
            var close = t.IndexOfAny(['）', ')']);
            if (close is > 1 and <= 5 && IsOrdinal(t.AsSpan(1, close - 1)))
            {
                return t[(close + 1)..].TrimStart();
            }

            return t;
        }

        var end = 0;
        while (end < t.Length && IsOrdinalChar(t[end]))
        {
            end++;
        }

        if (end > 0 && end <= 4 && end < t.Length && t[end] is '、' or '．' or '.' or '，' && IsOrdinal(t.AsSpan(0, end)))
        {
            return t[(end + 1)..].TrimStart();
        }

        return t;
    }

    /// <summary>
    /// A printed label as the model keeps it: trimmed, with the spaces that PDF line wraps put between Chinese characters
    /// removed (人大代表履职能力提 升 → 人大代表履职能力提升); spaces between Latin words or digits stay.
    /// </summary>
    public static string Label(string text)
    {
        var t = text.Trim();
        if (!t.Contains(' ', StringComparison.Ordinal) && !t.Contains('\u3000', StringComparison.Ordinal) && !t.Contains('\n', StringComparison.Ordinal))
        {
            return t;
        }

        var sb = new StringBuilder(t.Length);
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsWhiteSpace(c))
            {
                var before = sb.Length > 0 ? sb[^1] : ' ';
                var j = i;
                while (j < t.Length && char.IsWhiteSpace(t[j]))
                {
                    j++;
                }

                var after = j < t.Length ? t[j] : ' ';
                if (!(IsWide(before) || IsWide(after)))
                {
                    sb.Append(' ');
                }

                i = j - 1;
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True for CJK characters and full-width punctuation.</summary>
    public static bool IsWide(char c) => c >= '\u2E80';

    /// <summary>True when the text holds a digit.</summary>
    public static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '0' and <= '9' or >= '０' and <= '９')
            {
                return true;
            }
        }

        return false;
    }

    // The same ordinals as classification names strip (一、 12、): one definition for both.
    private static bool IsOrdinal(ReadOnlySpan<char> span) => Classification.ClassificationNames.IsOrdinal(span);

    private static bool IsOrdinalChar(char c) => Classification.ClassificationNames.IsOrdinalChar(c);
}
