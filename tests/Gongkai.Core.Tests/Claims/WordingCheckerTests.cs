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
}
