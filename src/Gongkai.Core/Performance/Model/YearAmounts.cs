namespace Gongkai.Performance;

/// <summary>One row of the 经费控制情况 block in 万元: 上年决算数, 本年预算数, 本年决算数 (each may be blank).</summary>
public sealed record YearAmounts(decimal? PriorFinal, decimal? Budget, decimal? Final)
{
    /// <summary>A row with nothing printed.</summary>
    public static YearAmounts Empty { get; } = new(null, null, null);

    /// <summary>True when nothing is printed.</summary>
    public bool IsEmpty => PriorFinal is null && Budget is null && Final is null;

    /// <summary>The amount of one column.</summary>
    public decimal? this[BaseDataColumn column] => column switch
    {
        BaseDataColumn.PriorFinal => PriorFinal,
        BaseDataColumn.Budget => Budget,
        _ => Final,
    };
}
