namespace Gongkai.Claims;

/// <summary>What a number in running text is.</summary>
public enum NumberKind
{
    /// <summary>An amount of money (万元, 元, 亿元 or a bare 万).</summary>
    Amount,

    /// <summary>A percentage.</summary>
    Percent,
}
