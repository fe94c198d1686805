namespace Gongkai.Templates;

/// <summary>What a cell holds: an amount in 万元 or a count (人次, 辆, 个).</summary>
public enum ValueKind
{
    /// <summary>An amount in 万元 with two decimals.</summary>
    Amount,

    /// <summary>A whole count.</summary>
    Count,
}
