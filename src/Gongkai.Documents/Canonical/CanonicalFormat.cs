using Gongkai.Model;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// The constants of Gongkai's canonical JSON format ("gongkai.report", docs/FORMAT.md): the open-data format and the
/// interchange between every reader and writer.
/// </summary>
public static class CanonicalFormat
{
    /// <summary>The value of the "format" field.</summary>
    public const string Name = "gongkai.report";

    /// <summary>The only version this code reads and writes.</summary>
    public const int Version = 1;

    /// <summary>The deepest nesting accepted; the format itself needs five levels, so deeper input is hostile or broken.</summary>
    public const int MaxDepth = 64;

    /// <summary>The largest input accepted (50 MB); a whole province's reports for a year fit many times over.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>The suffixes a reason key may end with (what the reason explains).</summary>
    public static IReadOnlyList<string> ReasonAspects { get; } = ["Change", "Deviation", "Use", "Note"];

    /// <summary>
    /// True when <paramref name="key"/> has the shape &lt;figure key&gt;.&lt;aspect&gt; or Item.&lt;code&gt;.&lt;aspect&gt;,
    /// e.g. GrandTotal.Change, OfficialReception.Deviation, Item.2010101.Deviation.
    /// </summary>
    public static bool IsValidReasonKey(string key)
    {
        var dot = key.LastIndexOf('.');
        if (dot <= 0 || !ReasonAspects.Contains(key[(dot + 1)..], StringComparer.Ordinal))
        {
            return false;
        }

        var subject = key[..dot];
        if (subject.StartsWith("Item.", StringComparison.Ordinal))
        {
            return TableRow.IsCode(subject["Item.".Length..]);
        }

        return IsIdentifier(subject);
    }

    /// <summary>The printed-unit word for a unit (万元, 元).</summary>
    public static string UnitWord(AmountUnit unit) => unit == AmountUnit.Yuan ? "元" : "万元";

    /// <summary>Parses the printed-unit word.</summary>
    public static bool TryParseUnitWord(string? word, out AmountUnit unit)
    {
        switch (word)
        {
            case "万元":
                unit = AmountUnit.Wan;
                return true;
            case "元":
                unit = AmountUnit.Yuan;
                return true;
            default:
                unit = default;
                return false;
        }
    }

    private static bool IsIdentifier(string text)
    {
        if (text.Length == 0 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
