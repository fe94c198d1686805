namespace Gongkai.Performance;

/// <summary>One line of the funds block of a 绩效自评表, in 万元: 年初预算数, 全年预算数, 全年执行数 (each may be blank).</summary>
public sealed record FundAmounts(decimal? Initial, decimal? Annual, decimal? Executed)
{
    /// <summary>A line with nothing printed.</summary>
    public static FundAmounts Empty { get; } = new(null, null, null);

    /// <summary>True when nothing is printed.</summary>
    public bool IsEmpty => Initial is null && Annual is null && Executed is null;
}
