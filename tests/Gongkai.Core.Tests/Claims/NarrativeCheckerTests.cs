using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Classification;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Claims;

public sealed class NarrativeCheckerTests
{
    private static IReadOnlyList<Finding> Check(params string[] lines) =>
        new NarrativeChecker(ClassificationCatalogue.BuiltIn, 2020).Check(lines.Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList());

    [Theory]
    [InlineData("支出100.00万元，比上年增加10.00万元，增长11.1%。")] // 10 / 90 = 11.11%
    [InlineData("支出90.00万元，比上年减少10.00万元，下降10.0%。")]  // 10 / 100
    [InlineData("支出100.00万元，其中：基本支出75.00万元，占75.0%；项目支出25.00万元，占25.0%。")]
    [InlineData("年初预算为80.00万元，支出决算为100.00万元，完成年初预算的125.0%。")]
    [InlineData("本年支出合计200.00万元。", "基本支出50.00万元，占本年支出合计的25.0%。")]
    public void Correct_sentences_give_nothing(params string[] lines) => Assert.Empty(Check(lines));

    [Fact]
    public void Growth_divided_by_this_year_instead_of_last_year_is_caught()
    {
        // 10 / 100 = 10.0% is the wrong denominator; 10 / 90 = 11.1%.
        var f = Assert.Single(Check("支出100.00万元，比上年增加10.00万元，增长10.0%。"));
        Assert.Equal("N-GROWTH", f.RuleId);
        Assert.Equal("11.1%", f.Expected);
    }

    [Fact]
    public void An_integer_with_dot_zero_appended_is_caught()
    {
        var f = Assert.Single(Check("年初预算为26万元，支出决算为92.84万元，完成年初预算的357.0%。"));
        Assert.Equal("357.1%", f.Expected);
    }

    [Fact]
    public void A_sentence_broken_across_a_page_is_read_whole()
    {
        var f = Assert.Single(Check("支出100.00万元，比上年增加10.00", "", "万元，增长10.0%。"));
        Assert.Equal(3, f.Source!.Line);
    }

    [Fact]
    public void No_percentage_when_the_base_is_zero()
    {
        Assert.Contains(Check("年初预算为0万元，支出决算为6.43万元，完成年初预算的100.0%。"), f => f.RuleId == "N-COMPLETION" && f.Severity == Severity.Warning);
        Assert.Contains(Check("支出10.00万元，比上年增加10.00万元，增长100.0%。"), f => f.RuleId == "N-GROWTH" && f.Severity == Severity.Warning);
    }

    [Fact]
    public void Full_width_digits_and_percent_signs_are_read()
    {
        var f = Assert.Single(Check("支出１００．００万元，比上年增加１０．００万元，增长１０．０％。"));
        Assert.Equal("11.1%", f.Expected);
    }

    [Fact]
    public void Tables_and_counts_are_not_claims()
    {
        Assert.Empty(Check("201\t一般公共服务支出\t836.91\t836.91", "全年共接待来访团组20个、来宾200人次，占用3万人次。"));
    }
}

public sealed class ParagraphJoinerTests
{
    [Fact]
    public void Spaces_that_PDF_extraction_puts_beside_Chinese_are_removed()
    {
        var lines = new[] { new NarrativeLine("2020 年度收、支总计均为 876.17 万元。与上年相比，增加 38.48 万元，增长 4.5%。", new SourcePosition(Line: 1)) };
        var f = Assert.Single(new NarrativeChecker(ClassificationCatalogue.BuiltIn, 2020).Check(lines));
        Assert.Equal("4.6%", f.Expected);
        Assert.Equal("2020年度收、支总计均为876.17万元。与上年相比，增加38.48万元，增长4.5%。", ParagraphJoiner.Join(lines)[0].Text);
    }
}
