using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Core.Tests.Checks;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Core.Tests.Claims;

public sealed class CompletenessCheckerTests
{
    private static IReadOnlyList<Finding> Check(UnitYearReport report, params string[] lines) =>
        new CompletenessChecker(report, TemplateLibrary.BuiltIn.For(report))
            .Check(lines.Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList());

    [Theory]
    [InlineData("000", 28, "二、")] // EXPECTED.md 000 #3: 二、 after 四、
    [InlineData("003", 43, "五、")] // EXPECTED.md 003 #7: 五、 after 三、 (四 is printed as "4、")
    public void Heading_numbering_gaps_of_the_seeds_are_found(string seed, int line, string heading)
    {
        var findings = new CompletenessChecker(ReportFactory.Empty(), TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2021)).Check(SeedText.Lines(seed));
        Assert.Contains(findings, f => f.RuleId == "W-HEADING" && f.Source?.Line == line && f.Printed == heading);
    }

    [Fact]
    public void Seed_001_numbering_restarts_per_part_without_a_warning() =>
        Assert.DoesNotContain(new CompletenessChecker(ReportFactory.Empty(), TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020))
            .Check(SeedText.Lines("001")), f => f.RuleId == "W-HEADING");

    [Theory]
    [InlineData("支出100.00万元，比上年增加10.00万元，下降10.0%，主要原因是人员增加。", "W-SIGN")]
    [InlineData("支出100.00万元，比上年增加0万元，主要原因是无变化。", "W-SIGN")]
    public void Change_words_and_reasons(string line, string rule) =>
        Assert.Contains(Check(ReportFactory.Empty(), line), f => f.RuleId == rule && f.Severity == Severity.Warning);

    [Fact]
    public void A_disclosure_must_give_a_reason_for_a_stated_change()
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(DisclosureTableKind.IncomeStatement).Add(new TableRow("Total", "合计", 7));
        report.GetOrAddTable(DisclosureTableKind.ExpenditureStatement).Add(new TableRow("Total", "合计", 6));
        Assert.Contains(Check(report, "支出100.00万元，比上年增加10.00万元，增长11.1%。"), f => f.RuleId == "W-REASON");
        Assert.DoesNotContain(Check(ReportFactory.Empty(), "支出100.00万元，比上年增加10.00万元，增长11.1%。"), f => f.RuleId == "W-REASON");
    }

    [Fact]
    public void A_consistent_change_with_its_reason_passes() =>
        Assert.Empty(Check(ReportFactory.Empty(), "支出100.00万元，比上年增加10.00万元，增长11.1%，主要原因是人员增加。"));

    [Fact]
    public void Tables_missing_without_a_statement_and_items_not_explained_are_reported()
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(DisclosureTableKind.IncomeStatement).Add(new TableRow("Total", "合计", 7));
        report.GetOrAddTable(DisclosureTableKind.ExpenditureStatement).Add(new TableRow("Total", "合计", 6));
        report.GetOrAddTable(DisclosureTableKind.GovernmentFundStatement).EmptyStatement = "此表无数据";

        var findings = Check(report, "1、一般公共服务（类）人大事务（款）行政运行（项）。年初预算为600万元，支出决算为657.19万元。");

        var missing = findings.Where(f => f.RuleId == "C-TABLES").Select(f => f.Location).ToList();
        Assert.Equal(["公开01表", "公开04表", "公开06表", "公开07表", "公开09表"], missing);
        var items = findings.Where(f => f.RuleId == "C-ITEMS").SelectMany(f => f.Cells).Select(c => c.RowKey).ToList();
        Assert.Equal(["2010102", "2210201"], items); // 行政运行 is explained; 一般行政管理事务 and 住房公积金 are not
    }

    [Fact]
    public void A_table_header_with_a_blank_or_another_units_name_is_reported_and_one_without_the_field_is_not()
    {
        // EXPECTED.md 001 #20: "部门：公开 05 表", the 部门 field left blank.
        var report = ReportFactory.WithTable05();
        foreach (var (kind, field) in new[]
        {
            (DisclosureTableKind.IncomeStatement, "株洲市渌口区人大常委会"),
            (DisclosureTableKind.ExpenditureStatement, "株洲市渌口区人大常委会（本级）"),
            (DisclosureTableKind.IncomeExpenditureSummary, "株洲市渌口区人大常委会"),
        })
        {
            var table = report.GetOrAddTable(kind);
            table.Add(new TableRow("Total", "合计", 7));
            table.DepartmentField = field;
        }

        report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.DepartmentField = "";
        var vehicles = report.GetOrAddTable(DisclosureTableKind.GovernmentFundStatement);
        vehicles.EmptyStatement = "此表无数据";
        vehicles.DepartmentField = "衡阳市蒸湘区人大常委会";

        var headers = Check(report).Where(f => f.RuleId == CompletenessChecker.HeaderRuleId).ToList();

        Assert.Equal(["公开05表", "公开08表"], headers.Select(f => f.Location));
        Assert.All(headers, f => Assert.Equal(("株洲市渌口区人大常委会", Severity.Warning), (f.Expected, f.Severity)));
        Assert.Equal(["", "衡阳市蒸湘区人大常委会"], headers.Select(f => f.Printed));

        report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.DepartmentField = null;
        vehicles.DepartmentField = null;
        Assert.DoesNotContain(Check(report), f => f.RuleId == CompletenessChecker.HeaderRuleId);
    }
}
