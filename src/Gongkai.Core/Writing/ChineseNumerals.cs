namespace Gongkai.Writing;

/// <summary>Chinese numerals for heading and list numbering (一、 …; （一） …).</summary>
public static class ChineseNumerals
{
    private const string Digits = "零一二三四五六七八九";

    /// <summary>1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九 (1 to 99).</summary>
    public static string Format(int number)
    {
        if (number is < 1 or > 99)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "1..99");
        }

        var tens = number / 10;
        var ones = number % 10;
        var text = tens switch
        {
            0 => "",
            1 => "十",
            _ => Digits[tens] + "十",
        };
        return ones == 0 ? text : text + Digits[ones];
    }

    /// <summary>The section ordinal 一、</summary>
    public static string Section(int number) => Format(number) + "、";

    /// <summary>The subsection ordinal （一）</summary>
    public static string Subsection(int number) => "（" + Format(number) + "）";
}
