namespace Gongkai.Cli.Tests;

public sealed class BuildCommandTests
{
    [Fact]
    public void Build_writes_a_report_that_audits_clean_and_matches_the_sample()
    {
        var dir = Paths.TempDirectory();
        var output = Path.Combine(dir, "report.json");
        var run = CliRun.Of("build", Paths.Sample("seed-001-ledger.csv"), "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("错误 0 项", run.Out);
        Assert.True(File.Exists(output));

        var audit = CliRun.Of("audit", output);
        Assert.Equal(0, audit.ExitCode);

        var built = Documents.Canonical.CanonicalJsonReader.ReadFile(output);
        var sample = Documents.Canonical.CanonicalJsonReader.ReadFile(Paths.Sample("seed-001.json"));
        Assert.Empty(Gongkai.Model.ReportComparer.Compare(sample, built));
    }

    [Fact]
    public void A_bad_ledger_writes_nothing_and_names_line_and_column()
    {
        var dir = Paths.TempDirectory();
        var ledger = Path.Combine(dir, "bad.csv");
        var lines = File.ReadAllLines(Paths.Sample("seed-001-ledger.csv")).ToList();
        var index = lines.FindIndex(l => l.StartsWith("支出,", StringComparison.Ordinal));
        Assert.True(index > 0);
        var cells = lines[index].Split(',');
        cells[5] = "一百";
        lines[index] = string.Join(',', cells);
        File.WriteAllLines(ledger, lines);
        var output = Path.Combine(dir, "out.json");

        var run = CliRun.Of("build", ledger, "-o", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv", run.Error);
        Assert.Contains($"第{index + 1}行", run.Error.Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("金额", run.Error);
        Assert.False(File.Exists(output));
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Build_without_an_output_or_with_an_empty_ledger_is_exit_code_2()
    {
        Assert.Equal(2, CliRun.Of("build", Paths.Sample("seed-001-ledger.csv")).ExitCode);
        var dir = Paths.TempDirectory();
        var empty = Path.Combine(dir, "empty.csv");
        File.WriteAllText(empty, "");
        var run = CliRun.Of("build", empty, "-o", Path.Combine(dir, "x.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("empty.csv", run.Error);
        run.AssertNoStackTrace();
    }
}
