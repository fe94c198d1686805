using Gongkai.Documents.Export;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Export;

/// <summary>The workbook of samples/seed-001.json, opened with OpenXml and compared with the model cell by cell.</summary>
public sealed class XlsxReportWriterTests
{
    private static readonly Lazy<(UnitYearReport Report, XlsxWorkbook Book)> Seed = new(() =>
    {
        var report = SeedSample.Read();
        return (report, new XlsxWorkbook(XlsxReportWriter.Write(report)));
    });

    [Fact]
    public void HasOneSheetPerTableThenTheFiguresUnitReasonsAndTerms()
    {
        Assert.Equal(
            ["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表", "情况说明数字", "单位信息", "原因说明", "名词解释"],
            Seed.Value.Book.SheetNames);
    }

    [Theory]
    [InlineData("公开01表", "收入支出决算总表", "E")]
    [InlineData("公开02表", "收入决算表", "I")]
    [InlineData("公开03表", "支出决算表", "H")]
    [InlineData("公开04表", "财政拨款收入支出决算总表", "H")]
    [InlineData("公开05表", "一般公共预算财政拨款支出决算表", "E")]
    [InlineData("公开06表", "一般公共预算财政拨款基本支出决算表", "C")]
    [InlineData("公开07表", "一般公共预算财政拨款“三公”经费支出决算表", "N")]
    [InlineData("公开08表", "政府性基金预算财政拨款收入支出决算表", "H")]
    [InlineData("公开09表", "国有资本经营预算财政拨款支出决算表", "E")]
    public void EachTableSheetHasTitleNumberDepartmentAndUnit(string sheet, string title, string lastColumn)
    {
        var book = Seed.Value.Book;
        Assert.Equal(title, book.Text(sheet, "A1"));
        Assert.Contains($"A1:{lastColumn}1", book.Merges[sheet]);
        Assert.Equal(sheet, book.Text(sheet, lastColumn + "2"));
        // 公开05表 of the seed printed "部门：" with nothing after it; the export names the unit.
        Assert.Equal("部门：株洲市渌口区人大常委会", book.Text(sheet, "A3"));
        Assert.Equal("单位：万元", book.Text(sheet, lastColumn + "3"));
    }

    [Fact]
    public void EveryModelCellIsInItsPlaceAndBlankStaysBlank()
    {
        var (report, book) = Seed.Value;
        var templates = TemplateLibrary.BuiltIn.For(report);
        var compared = 0;
        foreach (var table in report.Tables)
        {
            var template = templates.Table(table.Kind)!;
            var sheet = XlsxLayout.SheetName(table.Kind, template.Number);
            var lead = template.FixedRows.Any(r => r.Line is not null) ? 3 : 2;
            var numberRow = book.RowOf(sheet, XlsxLayout.ColumnNumberRowLabel);
            Assert.True(numberRow > XlsxLayout.FirstHeaderRow, sheet);
            for (var c = 1; c <= template.ColumnCount; c++)
            {
                Assert.Equal(c, book.Number(sheet, XlsxSheetReference(numberRow, lead + c)));
            }

            var r = numberRow + 1;
            foreach (var row in table.Rows)
            {
                Assert.Equal(row.Key, book.Text(sheet, XlsxSheetReference(r, 1)));
                Assert.False(book.IsNumber(sheet, XlsxSheetReference(r, 1)), "codes are text");
                Assert.Equal(row.Label ?? template.FixedRow(row.Key)?.Label, book.Text(sheet, XlsxSheetReference(r, 2)));
                if (lead == 3)
                {
                    Assert.Equal(row.LineNumber, (int?)book.Number(sheet, XlsxSheetReference(r, 3)));
                }

                for (var c = 1; c <= template.ColumnCount; c++)
                {
                    var reference = XlsxSheetReference(r, lead + c);
                    Assert.Equal(row[c], book.Number(sheet, reference));
                    if (row[c] is null)
                    {
                        Assert.Equal("", book.Text(sheet, reference));
                    }

                    compared++;
                }

                r++;
            }
        }

        Assert.True(compared > 500, compared.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AmountsUseTwoDecimalsAndKeepTheirPrintedValue()
    {
        var book = Seed.Value.Book;
        // 公开02表: the 栏次 row, then 合计 (row 8), 201, 20101, 2010101, 2010102, 2010104 (人大会议 24.2).
        var row = book.RowOf("公开02表", "2010104");
        Assert.Equal("人大会议", book.Text("公开02表", $"B{row}"));
        Assert.Equal(24.2m, book.Number("公开02表", $"C{row}"));
        Assert.Equal(2u, book.NumberFormat("公开02表", $"C{row}"));
        Assert.Equal(49u, book.NumberFormat("公开02表", $"A{row}"));
        Assert.Equal("", book.Text("公开02表", $"E{row}"));
        var total = book.RowOf("公开06表", "OperatingCostTotal");
        Assert.Equal(275.29m, book.Number("公开06表", $"C{total}"));
        Assert.Equal(1.98m, book.Number("公开07表", "N8"));
        Assert.Equal(2.01m, book.Number("公开07表", "C8"));
    }

    [Fact]
    public void HeaderRowsAreMergedAsTheOfficialTemplates()
    {
        var book = Seed.Value.Book;
        // 公开07表: 项目 over three rows and two columns; 预算数 and 决算数 over six columns each; 公务用车购置及运行费 over three.
        Assert.Equal("项目", book.Text("公开07表", "A4"));
        Assert.Contains("A4:B6", book.Merges["公开07表"]);
        Assert.Equal("预算数", book.Text("公开07表", "C4"));
        Assert.Contains("C4:H4", book.Merges["公开07表"]);
        Assert.Equal("决算数", book.Text("公开07表", "I4"));
        Assert.Contains("I4:N4", book.Merges["公开07表"]);
        Assert.Equal("公务用车购置及运行费", book.Text("公开07表", "E5"));
        Assert.Contains("E5:G5", book.Merges["公开07表"]);
        Assert.Equal("公务用车运行费", book.Text("公开07表", "G6"));
        Assert.Equal("栏次", book.Text("公开07表", "A7"));
        // 公开05表: 项目 over code and name, 本年支出 over 小计/基本支出/项目支出.
        Assert.Equal("本年支出", book.Text("公开05表", "C4"));
        Assert.Contains("C4:E4", book.Merges["公开05表"]);
        Assert.Equal("功能分类科目编码", book.Text("公开05表", "A5"));
        Assert.Equal("项目支出", book.Text("公开05表", "E5"));
        // 公开01表: 收入 and 支出 over their 决算数, 行次 in column C.
        Assert.Equal("收入", book.Text("公开01表", "D4"));
        Assert.Equal("支出", book.Text("公开01表", "E4"));
        Assert.Equal("行次", book.Text("公开01表", "C4"));
    }

    [Fact]
    public void EmptyTablesCarryTheirStatement()
    {
        var (report, book) = Seed.Value;
        var row = book.RowOf("公开08表", XlsxLayout.EmptyStatementKey);
        Assert.True(row > 0);
        Assert.Equal("此表无数据", book.Text("公开08表", $"B{row}"));
        Assert.Equal(report.Table(DisclosureTableKind.GovernmentFundStatement)!.EmptyStatement, book.Text("公开08表", $"C{row}"));
    }

    [Fact]
    public void UnitReasonsAndTermsSheetsHoldTheModel()
    {
        var (report, book) = Seed.Value;
        Assert.Equal("株洲市渌口区人大常委会", book.Text(XlsxLayout.UnitSheetName, $"C{book.RowOf(XlsxLayout.UnitSheetName, "Name")}"));
        Assert.Equal(2020m, book.Number(XlsxLayout.UnitSheetName, $"C{book.RowOf(XlsxLayout.UnitSheetName, "Year")}"));
        Assert.Equal(24m, book.Number(XlsxLayout.UnitSheetName, $"C{book.RowOf(XlsxLayout.UnitSheetName, "AuthorizedHeadcount")}"));
        Assert.Equal(report.Unit.Duties[14], book.Text(XlsxLayout.UnitSheetName, $"C{book.RowOf(XlsxLayout.UnitSheetName, "Duty.15")}"));
        foreach (var (key, text) in report.Reasons)
        {
            Assert.Equal(text, book.Text(XlsxLayout.ReasonsSheetName, $"B{book.RowOf(XlsxLayout.ReasonsSheetName, key)}"));
        }

        Assert.Equal("机关运行经费", book.Text(XlsxLayout.TermsSheetName, "B10"));
    }

    [Fact]
    public void TextThatLooksLikeAFormulaIsNeverAFormula()
    {
        var report = SeedSample.Read();
        report.Unit.Name = "=HYPERLINK(\"http://example.invalid\",\"x\")";
        report.Reasons["GrandTotal.Change"] = "+1 人员增加";
        report.Table(DisclosureTableKind.IncomeStatement)!.Find("2010104")!.Label = "@SUM(A1:A2)";
        var book = new XlsxWorkbook(XlsxReportWriter.Write(report)); // asserts no cell has a formula
        Assert.Equal("=HYPERLINK(\"http://example.invalid\",\"x\")", book.Text(XlsxLayout.UnitSheetName, "C3"));
        var row = book.RowOf("公开02表", "2010104");
        Assert.Equal("@SUM(A1:A2)", book.Text("公开02表", $"B{row}"));
        var quoted = book.Stylesheet.CellFormats!.Elements<DocumentFormat.OpenXml.Spreadsheet.CellFormat>()
            .ElementAt((int)book.Style("公开02表", $"B{row}"));
        Assert.True(quoted.QuotePrefix?.Value);
        Assert.Equal("部门：=HYPERLINK(\"http://example.invalid\",\"x\")", book.Text("公开01表", "A3"));
    }

    private static string XlsxSheetReference(int row, int column) =>
        ((char)('A' + column - 1)).ToString() + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
