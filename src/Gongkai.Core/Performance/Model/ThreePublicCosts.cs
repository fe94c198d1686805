namespace Gongkai.Performance;

/// <summary>The “三公”经费 rows of a 绩效评价基础数据表, per year column, in 万元.</summary>
public sealed record ThreePublicCosts
{
    /// <summary>三公经费 (the total row).</summary>
    public YearAmounts Total { get; init; } = YearAmounts.Empty;

    /// <summary>公务用车购置和维护经费.</summary>
    public YearAmounts Vehicles { get; init; } = YearAmounts.Empty;

    /// <summary>其中：公车购置.</summary>
    public YearAmounts VehiclePurchase { get; init; } = YearAmounts.Empty;

    /// <summary>其中：公车运行维护.</summary>
    public YearAmounts VehicleOperation { get; init; } = YearAmounts.Empty;

    /// <summary>出国经费 (因公出国（境）费).</summary>
    public YearAmounts OutboundTravel { get; init; } = YearAmounts.Empty;

    /// <summary>公务接待.</summary>
    public YearAmounts Reception { get; init; } = YearAmounts.Empty;

    /// <summary>
    /// The total of a column: the printed total, or else the sum of the printed items (车辆 counted once); null when
    /// nothing is printed.
    /// </summary>
    public decimal? TotalOf(BaseDataColumn column)
    {
        if (Total[column] is { } printed)
        {
            return printed;
        }

        var vehicles = Vehicles[column] ?? Sum(VehiclePurchase[column], VehicleOperation[column]);
        return Sum(Sum(vehicles, OutboundTravel[column]), Reception[column]);
    }

    private static decimal? Sum(decimal? a, decimal? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
