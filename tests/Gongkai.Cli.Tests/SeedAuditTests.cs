using System.Text.Json;

namespace Gongkai.Cli.Tests;

/// <summary>
/// Issue 3's acceptance: `gongkai audit ../shared/seeds/*.txt --format json` reports every required item of
/// ../shared/seeds/EXPECTED.md with the value recomputed by hand, and no error on what it lists as verified correct.
/// </summary>
public sealed class SeedAuditTests
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Documents = new(() =>
    {
        var seeds = Path.Combine(Path.GetDirectoryName(Paths.Sample("x"))!, "..", "..", "shared", "seeds");
        var files = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var run = CliRun.Of(["audit", .. files, "--format", "json"]);
        Assert.Equal(1, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.GetProperty("documents").EnumerateArray().ToList();
    });

    private static IEnumerable<JsonElement> Findings(string seed) =>
        Documents.Value.Single(d => Path.GetFileName(d.GetProperty("path").GetString()!).StartsWith(seed, StringComparison.Ordinal))
            .GetProperty("findings").EnumerateArray();

    private static int? Line(JsonElement f) => f.GetProperty("line").ValueKind == JsonValueKind.Number ? f.GetProperty("line").GetInt32() : null;

    [Theory]
    [InlineData("001", 317, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 325, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 329, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 337, "N-GROWTH", "4.5%", "4.6%")]
    [InlineData("001", 335, "N-UNIT", "876.17元", "876.17万元")]
    [InlineData("001", 341, "N-SHARE", "96.0%", "95.5%")]
    [InlineData("001", 341, "N-SHARE", "4.0%", "4.5%")]
    [InlineData("001", 341, "N-SUBJECT", "一般公共预算服务（类）", "一般公共服务（类）")]
    [InlineData("001", 345, "N-COMPLETION", "119.0%", "119.1%")]
    [InlineData("001", 349, "N-COMPLETION", "111.0%", "111.5%")]
    [InlineData("001", 361, "N-COMPLETION", "357.0%", "357.1%")]
    [InlineData("001", 365, "N-COMPLETION", "99.0%", "99.2%")]
    [InlineData("001", 381, "N-COMPLETION", "99.0%", "98.5%")]
    [InlineData("001", 385, "N-COMPLETION", "99.0%", "98.5%")]
    [InlineData("001", 385, "N-GROWTH", "22.0%", "22.2%")]
    [InlineData("001", 417, "N-GROWTH", "11.0%", "10.6%")]
    [InlineData("001", 529, "W-PLACE", "涪口", "渌口")]
    [InlineData("001", 531, "W-PLACE", "涪口", "渌口")]
    [InlineData("003", 28, "N-GROWTH", "26%", "35.5%")]
    [InlineData("003", 29, "N-GROWTH", "2%", "1.5%")]
    [InlineData("003", 30, "N-GROWTH", "11%", "13.2%")]
    [InlineData("004", 9, "N-SHARE", "0.0%", "64.99%")]
    [InlineData("004", 9, "N-SHARE", "0.00%", "27.40%")]
    [InlineData("004", 9, "N-SHARE", "0.00%", "5.96%")]
    [InlineData("004", 9, "N-SHARE", "0.0%", "1.65%")]
    [InlineData("004", null, "P-TOTAL", "96.25", "95.25")]
    [InlineData("004", null, "P-RATE", "105.93%", "100.00%")]
    [InlineData("004", null, "P-FORMULA", "134.38%", "69.91%")]
    [InlineData("004", 8, "P-NARRATIVE", "1322.4", "1322.44")]
    [InlineData("004", 8, "P-NARRATIVE", "66.52", "66.48")]
    [InlineData("004", 407, "W-REPEAT", "发展发展", "发展")]
    [InlineData("001", 505, "W-TYPO", "进一从严", "进一步从严")]
    [InlineData("002", 14, "W-TYPO", "明星成效", "明显成效")]
    [InlineData("002", 16, "W-TYPO", "秸杆", "秸秆")]
    [InlineData("004", 9, "W-PRECISION", "0.0%", "保留2位小数")]
    [InlineData("001", 399, "W-TOC", "政府性基金预算收入支出决算情况", "政府性基金预算收入支出决算情况说明")]
    [InlineData("001", 413, "W-TOC", "其他重要事项情况说明", "其他重要事项说明")]
    [InlineData("001", 202, "C-HEADER", "", "株洲市渌口区人大常委会")] // 001 #20 (M): "部门：公开 05 表" under the title at L202
    public void Every_required_item_is_reported_with_the_recomputed_value(string seed, int? line, string rule, string printed, string expected)
    {
        Assert.Contains(Findings(seed), f =>
            f.GetProperty("rule").GetString() == rule && Line(f) == line
            && f.GetProperty("printed").GetString() == printed && f.GetProperty("expected").GetString() == expected
            && f.GetProperty("severity").GetString() is "error" or "warning");
    }

    [Fact]
    public void No_error_outside_the_items_of_EXPECTED_md()
    {
        var errorLines = new Dictionary<string, int?[]>
        {
            ["000"] = [],
            ["001"] = [317, 325, 329, 335, 337, 341, 345, 347, 349, 351, 355, 361, 365, 381, 385, 417],
            ["002"] = [],
            ["003"] = [28, 29, 30],
            ["004"] = [9, null],
        };
        foreach (var (seed, lines) in errorLines)
        {
            var errors = Findings(seed).Where(f => f.GetProperty("severity").GetString() == "error").ToList();
            Assert.All(errors, f => Assert.Contains(Line(f), lines));
        }

        // 004's errors without a line are the score total, the execution rate, the 公用经费控制率 formula and the
        // base-data total (EXPECTED.md 004 #5, #6, #7, #9).
        Assert.Equal(["P-BASE", "P-FORMULA", "P-RATE", "P-TOTAL"],
            Findings("004").Where(f => f.GetProperty("severity").GetString() == "error" && Line(f) is null)
                .Select(f => f.GetProperty("rule").GetString()!).Order(StringComparer.Ordinal));
    }
}
