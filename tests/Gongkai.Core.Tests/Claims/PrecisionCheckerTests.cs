using Gongkai.Claims;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Claims;

public sealed class PrecisionCheckerTests
{
    private static List<NarrativeLine> Lines(params string[] texts) =>
        texts.Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();

    [Fact]
    public void Seed_004_mixes_one_and_two_decimals_in_its_four_shares()
    {
        // L9: 0.0%, 0.00%, 0.00%, 0.0% — a tie, so the finer precision (2 decimals) is the document's.
        var findings = PrecisionChecker.Check(ParagraphJoiner.Join(SeedText.Lines("004")));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f =>
        {
            Assert.Equal("0.0%", f.Printed);
            Assert.Equal("保留2位小数", f.Expected);
            Assert.Equal(9, f.Source!.Line);
        });
    }

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    public void A_seed_with_one_precision_throughout_has_no_finding(string seed) =>
        Assert.Empty(PrecisionChecker.Check(ParagraphJoiner.Join(SeedText.Lines(seed))));

    [Fact]
    public void The_minority_precision_is_reported_and_whole_percentages_are_not_counted()
    {
        var findings = PrecisionChecker.Check(ParagraphJoiner.Join(Lines(
            "支出占比92.4%，完成年初预算的100%。", "项目支出占7.6%。", "增长4.55%。", "基本支出占68.6%。")));
        var finding = Assert.Single(findings);
        Assert.Equal("4.55%", finding.Printed);
        Assert.Equal(3, finding.Source!.Line);
    }

    [Fact]
    public void Table_cells_are_not_sentences()
    {
        var findings = PrecisionChecker.Check(ParagraphJoiner.Join(Lines("支出占比92.4%。", "\t105.93%", "\t146.15%")));
        Assert.Empty(findings);
    }
}
