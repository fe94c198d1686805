using System.Globalization;
using System.IO.Compression;
using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.OpenData;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.OpenData;

/// <summary>Issue 7: the open-data CSV has one row per printed cell, equal to the model; the archive holds JSON and CSV.</summary>
public sealed class OpenDataCsvTests
{
    [Fact]
    public void Every_printed_cell_is_one_row_with_its_value_as_printed()
    {
        var report = SeedSample.Read();
        var rows = CsvRows.Parse(OpenDataCsv.Write(report));
        Assert.Equal(OpenDataCsv.Columns, rows[0]);

        var cells = report.Tables.SelectMany(t => t.Rows.SelectMany(r => Enumerable.Range(1, r.ColumnCount)
            .Where(c => r[c] is not null).Select(c => (Table: t.Kind.ShortCode(), r.Key, Column: c, Value: r[c]!.Value)))).ToList();
        Assert.Equal(cells.Count, rows.Count - 1);
        Assert.True(cells.Count > 150, $"only {cells.Count} cells");

        var byCell = rows.Skip(1).ToDictionary(r => (r[4], r[6], int.Parse(r[8], CultureInfo.InvariantCulture)));
        foreach (var cell in cells)
        {
            var row = byCell[(cell.Table, cell.Key, cell.Column)];
            Assert.Equal(cell.Value.ToString(CultureInfo.InvariantCulture), row[10]);
            Assert.Equal(cell.Value, decimal.Parse(row[10], CultureInfo.InvariantCulture));
            Assert.Equal(("株洲市渌口区人大常委会", "2020", "FinalAccounts"), (row[0], row[2], row[3]));
        }

        // Seed 001 prints 公开02表 人大会议 as 24.2 and 公开01表 收入总计 as 876.17; the names come from the row and template.
        var meeting = byCell[("T02", "2010104", 1)];
        Assert.Equal(("收入决算表", "人大会议", "本年收入合计", "24.2"), (meeting[5], meeting[7], meeting[9], meeting[10]));
        var income = byCell[("T01", "IncomeGrandTotal", 1)];
        Assert.Equal("876.17", income[10]);
        Assert.Equal("T07", byCell[("T07", "ThreePublicCosts", 7)][4]);
        Assert.Equal("决算数合计", byCell[("T07", "ThreePublicCosts", 7)][9]);
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_is_defused_and_commas_are_quoted()
    {
        var report = new UnitYearReport { Year = 2021, Unit = new BudgetUnit { Name = "=HYPERLINK(\"x\")", Region = "甲,乙" } };
        report.GetOrAddTable(DisclosureTableKind.GeneralBudgetExpenditure).Add(new TableRow("Total", "合计", 3) { [1] = -1.50m });
        var text = OpenDataCsv.Write(report);
        var rows = CsvRows.Parse(text);
        Assert.Equal("'=HYPERLINK(\"x\")", rows[1][0]);
        Assert.Equal("甲,乙", rows[1][1]);
        Assert.Equal("-1.50", rows[1][10]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), OpenDataCsv.WriteBytes(report)[..3]);
    }

    [Fact]
    public void The_archive_holds_the_json_and_csv_of_every_report_and_an_index()
    {
        var first = SeedSample.Read();
        var second = first.Clone();
        var bytes = OpenDataArchive.Write([first, second]);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        Assert.Equal(
            ["株洲市渌口区人大常委会-2020-FinalAccounts.json", "株洲市渌口区人大常委会-2020-FinalAccounts.csv",
             "株洲市渌口区人大常委会-2020-FinalAccounts-2.json", "株洲市渌口区人大常委会-2020-FinalAccounts-2.csv", "index.csv"],
            zip.Entries.Select(e => e.FullName));
        using var json = new StreamReader(zip.Entries[0].Open());
        Assert.Empty(ReportComparer.Compare(first, CanonicalJsonReader.Read(json.ReadToEnd(), "x.json")));
        using var index = new StreamReader(zip.GetEntry("index.csv")!.Open());
        var rows = CsvRows.Parse(index.ReadToEnd().TrimStart('\uFEFF'));
        var cells = first.Tables.Sum(t => t.Rows.Sum(r => Enumerable.Range(1, r.ColumnCount).Count(c => r[c] is not null)));
        Assert.Equal(cells.ToString(CultureInfo.InvariantCulture), rows[1][6]);
    }
}
