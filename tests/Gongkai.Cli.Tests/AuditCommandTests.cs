using System.Text.Json;

namespace Gongkai.Cli.Tests;

public sealed class AuditCommandTests
{
    [Fact]
    public void Seed_001_audits_clean_in_text()
    {
        var run = CliRun.Of("audit", Paths.Sample("seed-001.json"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("株洲市渌口区人大常委会", run.Out);
        Assert.Contains("未发现问题", run.Out);
        Assert.Contains("未通过 0", run.Out);
        Assert.Contains("数据不足 0", run.Out);
    }

    [Fact]
    public void A_changed_amount_is_an_error_with_exit_code_1_in_json()
    {
        var dir = Paths.TempDirectory();
        var path = Path.Combine(dir, "changed.json");
        var text = File.ReadAllText(Paths.Sample("seed-001.json"));
        Assert.Contains("657.19", text);
        File.WriteAllText(path, text.Replace("657.19", "657.29", StringComparison.Ordinal));

        var run = CliRun.Of("audit", path, "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var d = Assert.Single(doc.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal(path, d.GetProperty("path").GetString());
        Assert.Equal("株洲市渌口区人大常委会", d.GetProperty("unit").GetString());
        Assert.Equal(2020, d.GetProperty("year").GetInt32());
        var findings = d.GetProperty("findings").EnumerateArray().ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            foreach (var name in new[] { "rule", "severity", "location", "message", "printed", "expected", "line" })
            {
                Assert.True(f.TryGetProperty(name, out _), name);
            }
        });

        // 行政运行 is printed in 02, 03 and 05 (col 1 and col 2): each table's 人大事务 (20101) no longer adds up.
        var hierarchy = findings.Single(f => f.GetProperty("rule").GetString() == "R05b" && f.GetProperty("location").GetString()!.Contains("基本支出", StringComparison.Ordinal));
        Assert.Equal("error", hierarchy.GetProperty("severity").GetString());
        Assert.Equal("836.91", hierarchy.GetProperty("printed").GetString());
        Assert.Equal("837.01", hierarchy.GetProperty("expected").GetString());
        Assert.Contains("行政运行（2010101）", hierarchy.GetProperty("message").GetString());
        Assert.Contains("T05[2010101].2", hierarchy.GetProperty("cells").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public void A_directory_is_audited_file_by_file()
    {
        var dir = Paths.TempDirectory();
        File.Copy(Paths.Sample("seed-001.json"), Path.Combine(dir, "a.json"));
        File.Copy(Paths.Sample("seed-001.json"), Path.Combine(dir, "b.json"));
        var run = CliRun.Of("audit", dir, "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("documents").GetArrayLength());
    }

    public static TheoryData<string, string, string> BadInputs() => new()
    {
        { "malformed.json", "{\"format\": \"gongkai.report\", \"version\": 1, ", "JSON" },
        { "empty.json", "", "空" },
        { "text-amount.json", "TEXT_AMOUNT", "八七六" },
        { "wrong-code.json", "WRONG_CODE", "2O10101" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_gives_a_Chinese_message_with_the_place_and_exit_code_2(string name, string content, string expectedFragment)
    {
        var dir = Paths.TempDirectory();
        var path = Path.Combine(dir, name);
        var seed = File.ReadAllText(Paths.Sample("seed-001.json"));
        var text = content switch
        {
            "TEXT_AMOUNT" => seed.Replace("\"1\": 657.19", "\"1\": \"八七六\"", StringComparison.Ordinal),
            "WRONG_CODE" => seed.Replace("\"key\": \"2010101\"", "\"key\": \"2O10101\"", StringComparison.Ordinal),
            _ => content,
        };
        Assert.NotEqual(seed, text);
        File.WriteAllText(path, text);

        var run = CliRun.Of("audit", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(name, run.Error);
        Assert.Contains(expectedFragment, run.Error);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Error);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_huge_file_is_refused_without_reading_it()
    {
        var dir = Paths.TempDirectory();
        var path = Path.Combine(dir, "huge.json");
        using (var stream = File.Create(path))
        {
            stream.SetLength(60L * 1024 * 1024);
        }

        var run = CliRun.Of("audit", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("huge.json", run.Error);
        Assert.Contains("过大", run.Error);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_missing_file_and_a_wrong_option_are_exit_code_2()
    {
        var missing = CliRun.Of("audit", "/nonexistent/report.json");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("report.json", missing.Error);
        missing.AssertNoStackTrace();

        var option = CliRun.Of("audit", Paths.Sample("seed-001.json"), "--format", "xml");
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("--format", option.Error);

        Assert.Equal(2, CliRun.Of("audit").ExitCode);
        Assert.Equal(2, CliRun.Of("frobnicate").ExitCode);
        Assert.Equal(2, CliRun.Of("audit", "--bogus", Paths.Sample("seed-001.json")).ExitCode);
    }

    [Fact]
    public void One_unreadable_input_among_good_ones_still_reports_the_good_ones_and_exits_2()
    {
        var run = CliRun.Of("audit", Paths.Sample("seed-001.json"), "/nonexistent/x.json", "--format", "json");
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Out);
        var docs = doc.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, docs.Count);
        Assert.Equal("株洲市渌口区人大常委会", docs[0].GetProperty("unit").GetString());
        Assert.True(docs[1].TryGetProperty("error", out var error));
        Assert.Contains("x.json", error.GetString());
    }
}

public sealed class CatalogueOptionTests
{
    [Fact]
    public void A_users_catalogue_file_is_merged_without_rebuilding()
    {
        var dir = Paths.TempDirectory();
        var report = Path.Combine(dir, "report.json");

        // A code the shipped catalogue lacks: without the user's catalogue it is a notice "未收录的科目编码".
        var text = File.ReadAllText(Paths.Sample("seed-001.json"))
            .Replace("\"key\": \"2010102\"", "\"key\": \"2010110\"", StringComparison.Ordinal);
        File.WriteAllText(report, text);
        var before = CliRun.Of("audit", report, "--format", "json");
        Assert.Contains("2010110", before.Out);
        Assert.Contains("未收录的科目编码", before.Out);

        var catalogue = Path.Combine(dir, "full.csv");
        File.WriteAllText(catalogue, "code,name\n2010110,一般行政管理事务\n");
        var after = CliRun.Of("audit", report, "--format", "json", "--catalogue", "functional=" + catalogue);
        Assert.DoesNotContain("未收录的科目编码", after.Out);
        Assert.Equal(before.ExitCode, after.ExitCode);
    }

    [Fact]
    public void A_catalogue_without_a_scheme_is_refused_with_a_hint()
    {
        var dir = Paths.TempDirectory();
        var catalogue = Path.Combine(dir, "codes.csv");
        File.WriteAllText(catalogue, "code,name\n2010110,x\n");
        var run = CliRun.Of("audit", Paths.Sample("seed-001.json"), "--catalogue", catalogue);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("functional=", run.Error);
        run.AssertNoStackTrace();
    }
}
