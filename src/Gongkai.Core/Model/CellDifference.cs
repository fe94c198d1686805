namespace Gongkai.Model;

/// <summary>One cell whose amount differs between two reports (null is blank).</summary>
/// <param name="Cell">The cell.</param>
/// <param name="Expected">Its amount in the first (reference) report.</param>
/// <param name="Actual">Its amount in the second report.</param>
public sealed record CellDifference(CellRef Cell, decimal? Expected, decimal? Actual)
{
    /// <summary>Formula-style form for test output and logs: T05[2010101].2: 657.19 ≠ （空白）.</summary>
    public override string ToString() =>
        $"{Cell}: {Formatting.AmountFormat.Printed(Expected)} ≠ {Formatting.AmountFormat.Printed(Actual)}";
}
