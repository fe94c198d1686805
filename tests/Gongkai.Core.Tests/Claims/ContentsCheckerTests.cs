using Gongkai.Claims;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Claims;

public sealed class ContentsCheckerTests
{
    private static List<NarrativeLine> Lines(params string[] texts) =>
        texts.Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();

    [Fact]
    public void Seed_001_titles_three_sections_otherwise_than_its_contents()
    {
        // EXPECTED.md 001 #22: the 目录 says …决算情况说明 and 其他重要事项说明; the body says …决算情况 and 其他重要事项情况说明.
        var findings = ContentsChecker.Check(SeedText.Lines("001"));
        Assert.Equal(
            [(399, "政府性基金预算收入支出决算情况", "政府性基金预算收入支出决算情况说明"),
             (403, "国有资本经营预算支出决算情况", "国有资本经营预算支出决算情况说明"),
             (413, "其他重要事项情况说明", "其他重要事项说明")],
            findings.Select(f => (f.Source!.Line!.Value, f.Printed!, f.Expected!)));
    }

    [Fact]
    public void Page_numbers_leaders_quotes_and_a_year_prefix_do_not_make_titles_differ()
    {
        var findings = ContentsChecker.Check(Lines(
            "目 录", "第一部分 2021年度部门决算表 ........ 3", "一、“三公”经费支出决算表……5", "第二部分 情况说明 9", "一、收入决算情况说明 10",
            "", "第一部分", "部门决算表", "三公经费支出决算表\t", "第二部分", "情况说明", "一、收入决算情况说明", "本年收入合计100.00万元。"));
        Assert.Empty(findings);
    }

    [Fact]
    public void An_entry_the_body_does_not_have_is_reported_at_its_contents_line()
    {
        var findings = ContentsChecker.Check(Lines(
            "目录", "第一部分 概况", "第二部分 情况说明", "一、收入决算情况说明", "二、支出决算情况说明",
            "第一部分 概况", "本单位……", "第二部分 情况说明", "一、收入决算情况说明", "收入100万元。"));
        var finding = Assert.Single(findings);
        Assert.Equal(5, finding.Source!.Line);
        Assert.Equal("支出决算情况说明", finding.Printed);
    }

    [Theory]
    [InlineData("000")]
    [InlineData("003")]
    [InlineData("004")]
    public void A_document_without_contents_has_no_finding(string seed) =>
        Assert.Empty(ContentsChecker.Check(SeedText.Lines(seed)));
}
