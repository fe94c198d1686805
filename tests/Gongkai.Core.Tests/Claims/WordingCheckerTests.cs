using Gongkai.Claims;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Claims;

public sealed class WordingCheckerTests
{
    [Fact]
    public void Seed_001_misspells_its_own_place_name_twice()
    {
        var findings = new WordingChecker("株洲市渌口区人大常委会").Check(SeedText.Lines("001")).Where(f => f.RuleId == "W-PLACE").ToList();
        Assert.Equal([529, 531], findings.Select(f => f.Source!.Line!.Value).Order());
        Assert.All(findings, f => Assert.Equal("渌口", f.Expected));
    }

    [Fact]
    public void Seed_004_writes_a_word_twice()
    {
        var findings = new WordingChecker("益阳市资阳区人民代表大会常务委员会").Check(SeedText.Lines("004"));
        Assert.Contains(findings, f => f.RuleId == "W-REPEAT" && f.Printed == "发展发展" && f.Source!.Line == 407);
    }

    [Fact]
    public void Ordinary_words_sharing_a_character_are_not_misspellings()
    {
        var lines = new[] { "全区人口增长，出口增加，渌口区经济发展。" }.Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();
        Assert.Empty(new WordingChecker("株洲市渌口区人大常委会").Check(lines));
    }

    [Theory]
    [InlineData("001", 505, "进一从严", "进一步从严")]
    [InlineData("002", 14, "明星成效", "明显成效")]
    [InlineData("002", 16, "秸杆", "秸秆")]
    public void A_slip_from_the_misspelling_list_is_reported_with_its_correction(string seed, int line, string printed, string expected)
    {
        var findings = new WordingChecker("某某区人大常委会").Check(SeedText.Lines(seed)).Where(f => f.RuleId == "W-TYPO").ToList();
        Assert.Contains(findings, f => f.Printed == printed && f.Expected == expected && f.Source!.Line == line && f.Severity == Gongkai.Checks.Severity.Warning);
    }

    [Fact]
    public void A_longer_slip_is_reported_once_not_again_for_a_part_of_it()
    {
        var lines = new[] { "截止到目前，秸杆综合利用率提高，截至目前进展顺利。" }.Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();
        var findings = new WordingChecker("某某区人大常委会").Check(lines).Where(f => f.RuleId == "W-TYPO").Select(f => f.Printed).Order().ToList();
        Assert.Equal(["截止到目前", "秸杆"], findings);
    }

    [Fact]
    public void The_shipped_list_never_corrects_a_word_into_itself_and_its_slips_are_not_correct_words()
    {
        var list = MisspellingList.BuiltIn.Entries;
        Assert.True(list.Count >= 20);
        Assert.All(list, e => Assert.False(e.Right.Contains(e.Wrong, StringComparison.Ordinal), e.Wrong));
        // The seeds' own correct sentences contain none of them except the slips EXPECTED.md lists.
        var hits = new[] { "000", "001", "002", "003", "004" }
            .SelectMany(seed => new WordingChecker("某某区人大常委会").Check(SeedText.Lines(seed)).Where(f => f.RuleId == "W-TYPO").Select(f => seed + ":" + f.Printed))
            .Order().ToList();
        Assert.Equal(["001:进一从严", "002:明星成效", "002:秸杆"], hits);
    }
}
