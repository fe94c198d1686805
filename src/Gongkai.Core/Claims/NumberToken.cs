namespace Gongkai.Claims;

/// <summary>A number found in running text, with its printed form and what stands around it.</summary>
public sealed record NumberToken(
    NumberKind Kind,
    decimal Value,
    string Printed,
    int Decimals,
    string Unit,
    int Start,
    int End,
    bool InParentheses,
    bool IsChange)
{
    /// <summary>The amount in 万元 (亿元 × 10000, 元 ÷ 10000); percentages as printed.</summary>
    public decimal InWan => Unit switch
    {
        "亿元" => Value * 10000m,
        "元" => Value / 10000m,
        _ => Value,
    };
}
