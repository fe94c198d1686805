using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Layouts other than seed 001's: budget titles, 元 units, space-separated columns, unreadable cells.</summary>
public sealed class OtherLayoutsTests
{
    [Fact]
    public void BudgetTableInYuanIsConvertedAndKindIsBudget()
    {
        const string text = """
            某某县财政局2024年部门预算公开

            一般公共预算支出表
            单位名称：某某县财政局
            单位：元
            科目编码	科目名称	合计	基本支出	项目支出
            合计		1,234,567.00	1,000,000.00	234,567.00
            201	一般公共服务支出	1,234,567.00	1,000,000.00	234,567.00
            2010601	行政运行	l2.5	1,000,000.00	—
            """;
        var read = DocumentReaders.Read(Encoding.UTF8.GetBytes(text), "budget.txt");
        Assert.Contains(PublishedDocumentKind.BudgetDisclosure, read.Kinds);
        Assert.Equal(DisclosureKind.Budget, read.Report.Kind);
        Assert.Equal(AmountUnit.Yuan, read.Report.PrintedUnit);
        var table = read.Report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!;
        Assert.Equal(123.4567m, table["Total", 1]);
        Assert.Equal(23.4567m, table["201", 3]);
        Assert.Equal("某某县财政局", table.DepartmentField);
        var row = table.Find("2010601")!;
        Assert.Equal("l2.5", row.UnreadableCells[1]);
        Assert.Null(row[3]);
        Assert.Equal(2024, read.Report.Year);
    }

    [Fact]
    public void SpaceSeparatedTableWithBlankMiddleColumnKeepsColumns()
    {
        var text = string.Join('\n',
            "支出决算表",
            "单位：万元",
            "科目编码     科目名称           本年支出合计    基本支出    项目支出",
            "合计                            100.00          60.00       40.00",
            "201          一般公共服务支出   100.00                      40.00");
        var read = DocumentReaders.Read(Encoding.UTF8.GetBytes(text), "layout.txt");
        var table = read.Report.Table(DisclosureTableKind.ExpenditureStatement)!;
        Assert.Equal(100.00m, table["201", 1]);
        Assert.Null(table["201", 2]);
        Assert.Equal(40.00m, table["201", 3]);
    }

    [Fact]
    public void RowsThatFitNowhereBecomeNotes()
    {
        var text = string.Join('\n',
            "收入决算表",
            "项目\t\t本年收入合计\t财政拨款收入",
            "功能分类科目编码\t科目名称\t\t",
            "栏次\t\t1\t2",
            "合计\t\t10.00\t10.00",
            "天气很好\t\t5.00\t");
        var read = DocumentReaders.Read(Encoding.UTF8.GetBytes(text), "odd.txt");
        Assert.Contains(read.Notes, n => n.Message.Contains("天气很好", StringComparison.Ordinal) && n.Position!.Line == 6);
        Assert.Equal(10.00m, read.Report.Table(DisclosureTableKind.IncomeStatement)!["Total", 2]);
    }

    [Fact]
    public void SeedFourIsAPerformanceReportWithItsAnnexes()
    {
        var read = DocumentReaders.Read(Path.Combine(SeedDocuments.Folder, "004_f345c05e6f8977cf.txt"));
        Assert.Equal(
            [PublishedDocumentKind.PerformanceEvaluationReport, PublishedDocumentKind.EvaluationBaseData, PublishedDocumentKind.SelfEvaluationSheet],
            read.Kinds);
        Assert.Equal("益阳市资阳区人民代表大会常务委员会", read.Report.Unit.Name);
        Assert.Equal(2022, read.Report.Year);
        Assert.Equal(57, read.Report.Unit.ActualHeadcount);
        var selfEvaluation = read.OtherTables.Single(t => t.Title.Contains("绩效自评表", StringComparison.Ordinal));
        Assert.Contains(selfEvaluation.Rows, r => r.Cells.Contains("1388.92") && r.Cells.Contains("105.93%"));
    }
}
