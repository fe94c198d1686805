using Gongkai.Checks.Expressions;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Checks;

public class RuleExpressionParserTests
{
    [Fact]
    public void Parses_cells_sums_variables_and_optional_rows()
    {
        var c = RuleExpressionParser.Parse("T", "T02[p].c = sum(T02[children(p)].c) - T01[OtherIncome?].1 + 2", [new("p", "parents(T02)"), new("c", "columns(T02)")]);
        Assert.Equal(ComparisonOperator.Equal, c.Operator);
        Assert.Single(c.Left);
        Assert.Equal(0, c.Left[0].Row!.Slot);
        Assert.Equal(1, c.Left[0].Column!.Slot);
        Assert.Equal(3, c.Right.Count);
        Assert.Equal(RowSetKind.Children, c.Right[0].RowSet);
        Assert.Equal(-1, c.Right[1].Sign);
        Assert.True(c.Right[1].Row!.Optional);
        Assert.Equal("OtherIncome", c.Right[1].Row!.Key);
        Assert.Equal(DisclosureTableKind.IncomeExpenditureSummary, c.Right[1].Table);
        Assert.Equal(2m, c.Right[2].Constant);
        Assert.Equal(DomainKind.Parents, c.Domains[0].Kind);
    }

    [Theory]
    [InlineData("T02[Total].1 == T02[201].1", "第 15 个字符")]
    [InlineData("T10[Total].1 = 0", "T10")]
    [InlineData("T02[Total].x = 0", "x")]
    [InlineData("T02[Total] = 0", "“.”")]
    [InlineData("T02[Total].1 = sum(T02[everything].1)", "children")]
    [InlineData("T02[Total].1 = 0 extra", "多余")]
    [InlineData("", "名称")]
    public void Refuses_malformed_expressions_with_a_Chinese_message(string text, string expectedFragment)
    {
        var e = Assert.Throws<FormatException>(() => RuleExpressionParser.Parse("R99", text, []));
        Assert.Contains("R99", e.Message);
        Assert.Contains(expectedFragment, e.Message);
    }

    [Fact]
    public void Refuses_a_row_variable_used_as_a_column()
    {
        var e = Assert.Throws<FormatException>(() => RuleExpressionParser.Parse("R98", "T02[r].r = 0", [new("r", "rows(T02)")]));
        Assert.Contains("栏次", e.Message);
    }

    [Theory]
    [InlineData("rows(T02)", DomainKind.Rows)]
    [InlineData("classes(T01, T03)", DomainKind.Classes)]
    [InlineData("rowsWith(T04, 2)", DomainKind.RowsWithColumn)]
    [InlineData("[2, 3, 4, 5]", DomainKind.Numbers)]
    public void Parses_domains(string text, DomainKind kind) =>
        Assert.Equal(kind, RuleExpressionParser.ParseDomain("R", text).Kind);
}
