using Gongkai.Checks;
using Gongkai.Checks.Expressions;
using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Core.Tests.Checks;

public class ExpressionRuleTests
{
    private const DisclosureTableKind T05 = DisclosureTableKind.GeneralBudgetExpenditure;

    private static (RuleState State, IReadOnlyList<Finding> Findings) Evaluate(UnitYearReport report, string check, params (string Name, string Domain)[] forEach)
    {
        var rule = new ExpressionRule("T1", Severity.Error, "测试规则", check,
            RuleExpressionParser.Parse("T1", check, forEach.Select(f => new KeyValuePair<string, string>(f.Name, f.Domain)).ToList()));
        var context = new CheckContext(report, TemplateLibrary.BuiltIn.For(report), ClassificationCatalogue.Empty, Tolerance.Default);
        var sink = new FindingSink();
        var state = rule.Evaluate(context, sink);
        return (state, sink.Findings);
    }

    [Fact]
    public void Hierarchy_holds_on_a_consistent_table()
    {
        var (state, findings) = Evaluate(ReportFactory.WithTable05(), "T05[p].c = sum(T05[children(p)].c)", ("p", "parents(T05)"), ("c", "columns(T05)"));
        Assert.Equal(RuleState.Passed, state);
        Assert.Empty(findings);
    }

    [Fact]
    public void Hierarchy_failure_names_the_parent_and_every_child_in_the_users_words()
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(T05).Find("2010101")![2] = 657.29m;
        var (state, findings) = Evaluate(report, "T05[p].c = sum(T05[children(p)].c)", ("p", "parents(T05)"), ("c", "columns(T05)"));
        Assert.Equal(RuleState.Failed, state);
        var f = Assert.Single(findings);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("836.91", f.Printed);
        Assert.Equal("837.01", f.Expected); // 657.29 + 179.72
        Assert.Contains(new CellRef(T05, "2010101", 2), f.Cells);
        Assert.Contains(new CellRef(T05, "20101", 2), f.Cells);
        Assert.Equal("公开05表 人大事务（20101）基本支出", f.Location);
        Assert.Contains("公开05表 行政运行（2010101）基本支出", f.Message);
        Assert.Contains("-0.10", f.Message);
        Assert.Contains("无法判断", f.Message);
    }

    [Theory]
    [InlineData("836.92", Severity.Notice, RuleState.Passed)]   // 0.01 ≤ max(0.01, 0.005·(2+1)) = 0.015
    [InlineData("836.925", Severity.Notice, RuleState.Passed)]  // 0.015: exactly at the tolerance
    [InlineData("836.93", Severity.Error, RuleState.Failed)]    // 0.02 > 0.015
    public void Rounding_tolerance_grows_with_the_number_of_addends(string printedTotal, Severity severity, RuleState expectedState)
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(T05).Find("201")![1] = decimal.Parse(printedTotal, System.Globalization.CultureInfo.InvariantCulture);
        var (state, findings) = Evaluate(report, "T05[Total].1 = sum(T05[classes].1)");
        Assert.Equal(expectedState, state);
        Assert.Contains(findings, f => f.Severity == severity);
    }

    [Fact]
    public void Equality_of_two_cells_allows_a_hundredth_only()
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(T05).Find("22102")![1] = 39.27m;
        var (state, findings) = Evaluate(report, "T05[221].1 = T05[22102].1");
        Assert.Equal(RuleState.Passed, state);
        Assert.Equal(Severity.Notice, Assert.Single(findings).Severity);
        report.GetOrAddTable(T05).Find("22102")![1] = 39.28m;
        Assert.Equal(RuleState.Failed, Evaluate(report, "T05[221].1 = T05[22102].1").State);
    }

    [Fact]
    public void A_missing_required_row_is_insufficient_data_never_passed()
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(T05).Remove("Total");
        var (state, findings) = Evaluate(report, "T05[Total].1 = sum(T05[classes].1)");
        Assert.Equal(RuleState.InsufficientData, state);
        Assert.Contains("缺少数据", Assert.Single(findings).Message);
    }

    [Fact]
    public void An_optional_row_that_is_absent_counts_as_blank()
    {
        var report = ReportFactory.WithTable05();
        Assert.Equal(RuleState.Passed, Evaluate(report, "T05[221].1 = T05[22102].1 + T05[22199?].1").State);
    }

    [Fact]
    public void An_unreadable_cell_makes_the_rule_insufficient()
    {
        var report = ReportFactory.WithTable05();
        report.GetOrAddTable(T05).Find("22102")!.MarkUnreadable(1, "39.2b");
        Assert.Equal(RuleState.InsufficientData, Evaluate(report, "T05[221].1 = T05[22102].1").State);
    }

    [Fact]
    public void A_missing_table_is_insufficient_and_an_empty_table_is_not_applicable()
    {
        var report = ReportFactory.Empty();
        Assert.Equal(RuleState.InsufficientData, Evaluate(report, "T09[r].1 = T09[r].2 + T09[r].3", ("r", "rows(T09)")).State);
        report.GetOrAddTable(DisclosureTableKind.StateCapitalStatement).EmptyStatement = "此表无数据";
        Assert.Equal(RuleState.NotApplicable, Evaluate(report, "T09[r].1 = T09[r].2 + T09[r].3", ("r", "rows(T09)")).State);
        Assert.Equal(RuleState.Passed, Evaluate(report, "T09[Total].1 = 0").State);
    }

    [Fact]
    public void Blank_stays_distinct_from_zero_but_adds_as_zero()
    {
        var report = ReportFactory.WithTable05();
        Assert.Null(report.GetOrAddTable(T05).Find("201")![3]);
        Assert.Equal(RuleState.Passed, Evaluate(report, "T05[r].1 = T05[r].2 + T05[r].3", ("r", "rows(T05)")).State);
    }

    [Fact]
    public void Less_or_equal_fails_beyond_tolerance()
    {
        var report = ReportFactory.WithTable05();
        var (state, findings) = Evaluate(report, "T05[201].1 <= T05[221].1");
        Assert.Equal(RuleState.Failed, state);
        Assert.Contains("不应大于", Assert.Single(findings).Message);
    }
}
