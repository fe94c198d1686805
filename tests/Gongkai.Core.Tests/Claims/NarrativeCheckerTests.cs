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
    // The change names its subject: the base is 本年支出合计 (3036.64 + 437.13), not the 项目支出 stated just before.
    [InlineData("本年支出合计3036.64万元，其中：基本支出3018.16万元，占99.4%；项目支出18.48万元，占0.6%。与上年相比，本年支出合计减少437.13万元，下降12.6%。")]
    // Shares listed without their total are shares of their sum (18.39 + 181.18 = 199.57).
    [InlineData("“三公”经费支出中，因公出国（境）费支出决算0.00万元，占0.0%；公务接待费支出决算18.39万元，占9.2%；公务用车购置及运行维护费支出决算181.18万元，占90.8%。")]
    [InlineData("“三公”经费支出中，因公出国（境）费支出决算0.00万元，占0.0%；公务接待费支出决算140.16万元，占77.8%；公务用车购置及运行维护费支出决算40.04万元，占22.2%。")]
    public void Correct_sentences_give_nothing(params string[] lines) => Assert.Empty(Check(lines));

    [Fact]
    public void A_wrong_share_in_a_series_without_its_total_is_caught_against_the_sum()
    {
        // Printed 19.2% makes the series sum to 110%: not a series, and no larger amount before either part is a
        // base that is not itself a listed part, so nothing is guessed.
        Assert.Empty(Check("其中：因公出国（境）费0.00万元，占0.0%；公务接待费18.39万元，占19.2%；公务用车运行维护费181.18万元，占90.8%。"));
        // A series that adds to 100% with wrong shares is judged against its sum: 140.16 / 180.20 = 77.8%, 22.2%.
        var findings = Check("其中：公务接待费140.16万元，占70.0%；公务用车运行维护费40.04万元，占30.0%。");
        Assert.Equal(["77.8%", "22.2%"], findings.Where(f => f.RuleId == "N-SHARE").Select(f => f.Expected));
    }

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
