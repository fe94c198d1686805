using Gongkai.Model;

namespace Gongkai.Core.Tests.Checks;

/// <summary>Builds small reports in code for rule tests.</summary>
internal static class ReportFactory
{
    public static UnitYearReport Empty(int year = 2020) => new()
    {
        Year = year,
        Unit = new BudgetUnit { Name = "测试单位", Kind = UnitKind.Administrative },
    };

    /// <summary>Adds a row with cells given as (column, value) pairs; null values stay blank.</summary>
    public static TableRow Row(this UnitYearReport report, DisclosureTableKind kind, string key, string? label, params (int Column, decimal? Value)[] cells)
    {
        var row = report.GetOrAddTable(kind).GetOrAdd(key, label, 12);
        foreach (var (column, value) in cells)
        {
            row[column] = value;
        }

        return row;
    }

    /// <summary>A 公开05表 with a consistent hierarchy: 201 = 20101 = 2010101 + 2010102; 221 = 22102 = 2210201.</summary>
    public static UnitYearReport WithTable05()
    {
        var r = Empty();
        const DisclosureTableKind T05 = DisclosureTableKind.GeneralBudgetExpenditure;
        r.Row(T05, "Total", "合计", (1, 876.17m), (2, 876.17m));
        r.Row(T05, "201", "一般公共服务支出", (1, 836.91m), (2, 836.91m));
        r.Row(T05, "20101", "人大事务", (1, 836.91m), (2, 836.91m));
        r.Row(T05, "2010101", "行政运行", (1, 657.19m), (2, 657.19m));
        r.Row(T05, "2010102", "一般行政管理事务", (1, 179.72m), (2, 179.72m));
        r.Row(T05, "221", "住房保障支出", (1, 39.26m), (2, 39.26m));
        r.Row(T05, "22102", "住房改革支出", (1, 39.26m), (2, 39.26m));
        r.Row(T05, "2210201", "住房公积金", (1, 39.26m), (2, 39.26m));
        return r;
    }
}
