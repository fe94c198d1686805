using Gongkai.Formatting;

namespace Gongkai.Writing;

/// <summary>
/// How the 情况说明 print figures (DOMAIN.md §4): amounts always with two decimals and 万元, percentages half-up with
/// the document's one precision, and no percentage at all where the base is zero.
/// </summary>
public static class NarrativeFormat
{
    /// <summary>876.17万元; a blank amount reads as 0.00万元 (the table prints nothing because there was nothing).</summary>
    public static string Amount(decimal? value) => AmountFormat.Amount(value ?? 0m) + "万元";

    /// <summary>A whole count (人次, 辆, 个).</summary>
    public static string Count(decimal? value) => AmountFormat.Count(value ?? 0m);

    /// <summary>part / whole as a percentage, or null when the whole is zero (no percentage can be stated).</summary>
    public static string? Percent(decimal part, decimal whole, int decimals) =>
        whole == 0m ? null : AmountFormat.Percent(part / whole, decimals);

    /// <summary>A reason as the unit wrote it, without the closing punctuation the sentence adds itself.</summary>
    public static string TrimReason(string reason) => reason.Trim().TrimEnd('。', '；', ';', '，', ',', '.').Trim();
}
