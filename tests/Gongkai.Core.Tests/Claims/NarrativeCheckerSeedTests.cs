using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Classification;

namespace Gongkai.Core.Tests.Claims;

/// <summary>
/// The sentence checks on the five seeds against ../shared/seeds/EXPECTED.md: every required figure, unit and subject
/// name is reported with the value recomputed by hand, and nothing EXPECTED.md lists as verified correct is an error.
/// </summary>
public sealed class NarrativeCheckerSeedTests
{
    private static IReadOnlyList<Finding> Check(string seed, int year) =>
        new NarrativeChecker(ClassificationCatalogue.BuiltIn, year).Check(SeedText.Lines(seed));

    [Theory]
    // 001 #1: 38.48 / (876.17 − 38.48 = 837.69) = 4.59% → 4.6%, at L317 and repeated at L325, L329, L337
    [InlineData("001", 2020, 317, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 2020, 325, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 2020, 329, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 2020, 337, "N-GROWTH", "4.5%", "4.6%")]
    // 001 #2: 876.17元 → 876.17万元
    [InlineData("001", 2020, 335, "N-UNIT", "876.17元", "876.17万元")]
    // 001 #3, #4: 836.91 / 876.17 = 95.52%; 39.26 / 876.17 = 4.48%
    [InlineData("001", 2020, 341, "N-SHARE", "96.0%", "95.5%")]
    [InlineData("001", 2020, 341, "N-SHARE", "4.0%", "4.5%")]
    // 001 #5: 一般公共预算服务(类) → 一般公共服务（类）
    [InlineData("001", 2020, 341, "N-SUBJECT", "一般公共预算服务（类）", "一般公共服务（类）")]
    [InlineData("001", 2020, 347, "N-SUBJECT", "一般公共预算服务（类）", "一般公共服务（类）")]
    // 001 #6–#9: 876.17/735.80 = 119.08%; 657.19/589.64 = 111.46%; 92.84/26 = 357.08%; 56.25/56.7 = 99.21%
    [InlineData("001", 2020, 345, "N-COMPLETION", "119.0%", "119.1%")]
    [InlineData("001", 2020, 349, "N-COMPLETION", "111.0%", "111.5%")]
    [InlineData("001", 2020, 361, "N-COMPLETION", "357.0%", "357.1%")]
    [InlineData("001", 2020, 365, "N-COMPLETION", "99.0%", "99.2%")]
    // 001 #10, #11: 1.98/2.01 = 98.51%; #12: 0.36/1.62 = 22.22%; #13: 26.46/248.83 = 10.63%
    [InlineData("001", 2020, 381, "N-COMPLETION", "99.0%", "98.5%")]
    [InlineData("001", 2020, 385, "N-COMPLETION", "99.0%", "98.5%")]
    [InlineData("001", 2020, 385, "N-GROWTH", "22.0%", "22.2%")]
    [InlineData("001", 2020, 417, "N-GROWTH", "11.0%", "10.6%")]
    // 003 #1–#3: 1.28/3.61 = 35.46%; 0.81/55.18 = 1.47%; 0.1/0.76 = 13.16%
    [InlineData("003", 2023, 28, "N-GROWTH", "26%", "35.5%")]
    [InlineData("003", 2023, 29, "N-GROWTH", "2%", "1.5%")]
    [InlineData("003", 2023, 30, "N-GROWTH", "11%", "13.2%")]
    // 004 #1–#4: 902.66, 380.58, 82.73, 22.95 of 1388.92 = 64.99%, 27.40%, 5.96%, 1.65%
    [InlineData("004", 2022, 9, "N-SHARE", "0.0%", "64.99%")]
    [InlineData("004", 2022, 9, "N-SHARE", "0.00%", "27.40%")]
    [InlineData("004", 2022, 9, "N-SHARE", "0.00%", "5.96%")]
    [InlineData("004", 2022, 9, "N-SHARE", "0.0%", "1.65%")]
    public void Reports_each_required_item_with_the_recomputed_value(string seed, int year, int line, string rule, string printed, string expected)
    {
        var findings = Check(seed, year);
        Assert.Contains(findings, f => f.Source?.Line == line && f.RuleId == rule && f.Printed == printed && f.Expected == expected && f.Severity >= Severity.Warning);
    }

    [Theory]
    [InlineData("000", 2021, 23)] // 997.36万 without 元
    [InlineData("001", 2020, 503)] // 876.17 万 without 元
    public void A_bare_wan_is_a_warning(string seed, int year, int line) =>
        Assert.Contains(Check(seed, year), f => f.Source?.Line == line && f.RuleId == "N-UNIT" && f.Severity == Severity.Warning && f.Expected!.EndsWith("万元", StringComparison.Ordinal));

    [Theory]
    [InlineData("000", 2021)]
    [InlineData("001", 2020)]
    [InlineData("002", 2021)]
    [InlineData("003", 2023)]
    [InlineData("004", 2022)]
    public void Nothing_verified_correct_is_an_error(string seed, int year)
    {
        // Verified correct: 001 shares 68.6%/31.4% (L373), 机关运行经费 +117.9% (L417); 000 shares 92.4%/7.6% (L23);
        // 003 integer shares of 979.40 (L27). Every error the checker gives on a seed must be an EXPECTED.md item.
        var expectedErrorLines = new Dictionary<string, int[]>
        {
            ["000"] = [],
            ["001"] = [317, 325, 329, 335, 337, 341, 345, 347, 349, 351, 355, 361, 365, 381, 385, 417],
            ["002"] = [],
            ["003"] = [28, 29, 30],
            ["004"] = [9],
        };
        var errors = Check(seed, year).Where(f => f.Severity == Severity.Error).Select(f => f.Source!.Line!.Value).Distinct();
        Assert.All(errors, line => Assert.Contains(line, expectedErrorLines[seed]));
    }

    [Fact]
    public void Correct_figures_in_seed_001_pass()
    {
        var findings = Check("001", 2020);
        Assert.DoesNotContain(findings, f => f.Source?.Line == 373); // 68.6% and 31.4% of 876.17
        Assert.DoesNotContain(findings, f => f.Printed == "117.9%"); // 148.94 / (275.29 − 148.94 = 126.35)
    }
}
