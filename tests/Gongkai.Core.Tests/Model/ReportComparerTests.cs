using Gongkai.Model;

namespace Gongkai.Core.Tests.Model;

public sealed class ReportComparerTests
{
    private static UnitYearReport Report(params (string Key, int Column, decimal? Value)[] cells)
    {
        var report = new UnitYearReport();
        var table = report.GetOrAddTable(DisclosureTableKind.GeneralBudgetExpenditure);
        foreach (var (key, column, value) in cells)
        {
            table.GetOrAdd(key, null, 3)[column] = value;
        }

        return report;
    }

    [Fact]
    public void Amounts_compare_by_value_whatever_their_printed_scale()
    {
        Assert.Empty(ReportComparer.Compare(Report(("2010104", 1, 24.2m)), Report(("2010104", 1, 24.20m))));
    }

    [Fact]
    public void An_absent_row_or_table_counts_as_blank_but_blank_differs_from_zero()
    {
        var expected = Report(("Total", 1, 5m), ("2010101", 1, null));
        Assert.Empty(ReportComparer.Compare(expected, Report(("Total", 1, 5m))));

        var differences = ReportComparer.Compare(expected, Report(("Total", 1, 5m), ("2010101", 2, 0m)));
        var difference = Assert.Single(differences);
        Assert.Equal(new CellRef(DisclosureTableKind.GeneralBudgetExpenditure, "2010101", 2), difference.Cell);
        Assert.Null(difference.Expected);
        Assert.Equal(0m, difference.Actual);

        var missingTable = ReportComparer.Compare(expected, new UnitYearReport());
        Assert.Equal(new CellDifference(new CellRef(DisclosureTableKind.GeneralBudgetExpenditure, "Total", 1), 5m, null), Assert.Single(missingTable));
    }

    [Fact]
    public void Every_differing_cell_is_named_in_table_row_and_column_order()
    {
        var expected = Report(("Total", 1, 5m), ("201", 1, 5m), ("201", 3, 1m));
        var actual = Report(("Total", 1, 6m), ("201", 1, 5m), ("201", 3, 2m), ("221", 1, 1m));
        actual.GetOrAddTable(DisclosureTableKind.IncomeExpenditureSummary).GetOrAdd("IncomeTotal", null, 1)[1] = 6m;

        Assert.Equal(
            ["T01[IncomeTotal].1: （空白） ≠ 6", "T05[Total].1: 5 ≠ 6", "T05[201].3: 1 ≠ 2", "T05[221].1: （空白） ≠ 1"],
            ReportComparer.Compare(expected, actual).Select(d => d.ToString()));
    }
}
