using System.Text.Json;
using Gongkai.Documents.Export;
using Gongkai.Documents.Reading;
using Gongkai.Synthetic;

namespace Gongkai.Cli.Tests.Supervision;

/// <summary>
/// Issue 7: `gongkai audit DIR --summary` over the seeds in several formats plus synthetic disclosures with one
/// injected error each finds every injected error with its rule, and its per-rule totals are those of the findings.
/// </summary>
public sealed class BulkAuditTests : IDisposable
{
    private readonly string dir = Paths.TempDirectory();
    private readonly List<(string File, InjectedError Error)> injected = [];

    public BulkAuditTests()
    {
        foreach (var f in Seeds.Files())
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        var seed001 = DocumentReaders.Read(Seeds.File("001")).Report;
        File.WriteAllBytes(Path.Combine(dir, "001-as-word.docx"), DocxReportWriter.Write(seed001));
        File.WriteAllBytes(Path.Combine(dir, "001-as-excel.xlsx"), XlsxReportWriter.Write(seed001));

        var generator = new SyntheticReportGenerator(seed: 77);
        var n = 0;
        foreach (var kind in Enum.GetValues<SyntheticErrorKind>())
        {
            var report = generator.Next();
            report.Unit.Name = $"株洲市渌口区合成局{++n}";
            var (text, error) = SyntheticErrorInjector.Inject(SyntheticTextWriter.Write(report), kind)
                ?? throw new InvalidOperationException($"no place for {kind}");
            var file = Path.Combine(dir, "synthetic", $"{n:00}-{kind}.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
            injected.Add((file, error));
        }

        File.WriteAllBytes(Path.Combine(dir, "zz-broken.pdf"), [0x25, 0x50]);
    }

    public void Dispose() => Directory.Delete(dir, true);

    [Fact]
    public void Every_injected_error_is_found_with_its_rule_and_line()
    {
        Assert.Equal(Enum.GetValues<SyntheticErrorKind>().Length, injected.Count);
        var run = CliRun.Of("audit", dir, "--format", "json");
        Assert.Equal(2, run.ExitCode);
        var documents = JsonDocument.Parse(run.Out).RootElement.GetProperty("documents").EnumerateArray().ToList();
        foreach (var (file, error) in injected)
        {
            var findings = documents.Single(d => d.GetProperty("path").GetString() == file).GetProperty("findings").EnumerateArray();
            Assert.True(
                findings.Any(f => f.GetProperty("rule").GetString() == error.RuleId
                    && (f.GetProperty("line").ValueKind != JsonValueKind.Number || Math.Abs(f.GetProperty("line").GetInt32() - error.Line) <= 1)),
                $"{error.Kind}: {error.RuleId} not found at line {error.Line} of {Path.GetFileName(file)}: {error.Injected}");
        }
    }

    [Fact]
    public void The_summary_totals_per_rule_are_those_of_the_findings_in_every_format()
    {
        var detail = CliRun.Of("audit", dir, "--format", "json");
        var documents = JsonDocument.Parse(detail.Out).RootElement.GetProperty("documents").EnumerateArray().ToList();
        var findings = documents.SelectMany(d => d.GetProperty("findings").EnumerateArray()
            .Select(f => (Path: d.GetProperty("path").GetString()!, Rule: f.GetProperty("rule").GetString()!))).ToList();

        var summary = CliRun.Of("audit", dir, "--summary", "--format", "json", "--jobs", "2");
        Assert.Equal(2, summary.ExitCode);
        var root = JsonDocument.Parse(summary.Out).RootElement;
        var rules = root.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(findings.Select(f => f.Rule).Distinct().Count(), rules.Count);
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("rule").GetString()!;
            Assert.Equal(findings.Count(f => f.Rule == id), rule.GetProperty("findings").GetInt32());
            Assert.Equal(findings.Where(f => f.Rule == id).Select(f => f.Path).Distinct().Count(), rule.GetProperty("documents").GetInt32());
        }

        // Every injected kind's rule is counted at least once per document it was injected into.
        foreach (var group in injected.GroupBy(i => i.Error.RuleId))
        {
            Assert.True(rules.Single(r => r.GetProperty("rule").GetString() == group.Key).GetProperty("documents").GetInt32() >= group.Count());
        }

        // 5 seeds + 2 exports + 12 synthetic + 1 broken, in path order; one unreadable.
        var paths = root.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("path").GetString()!).ToList();
        Assert.Equal(20, paths.Count);
        Assert.Equal(paths.Order(StringComparer.Ordinal), paths);
        Assert.Equal(1, root.GetProperty("totals").GetProperty("unreadable").GetInt32());
        Assert.Contains("zz-broken.pdf", root.GetProperty("documents").EnumerateArray().Last().GetProperty("error").GetString(), StringComparison.Ordinal);

        // The same totals as text and as CSV; one worker or four give the same output.
        var text = CliRun.Of("audit", dir, "--summary", "--jobs", "1");
        Assert.Equal(text.Out, CliRun.Of("audit", dir, "--summary", "--jobs", "4").Out);
        foreach (var rule in rules)
        {
            Assert.Contains($"{rule.GetProperty("rule").GetString()}\t发现 {rule.GetProperty("findings").GetInt32()} 项\t涉及 {rule.GetProperty("documents").GetInt32()} 份文件", text.Out, StringComparison.Ordinal);
        }

        var csv = CliRun.Of("audit", dir, "--summary", "--format", "csv").Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("record,path,unit,year,kinds,rule,findings,documents,errors,warnings,notices,error", csv[0]);
        Assert.Equal(20, csv.Count(l => l.StartsWith("document,", StringComparison.Ordinal)));
        var csvRules = csv.Where(l => l.StartsWith("rule,", StringComparison.Ordinal)).Select(l => l.Split(',')).ToList();
        Assert.Equal(rules.Select(r => $"{r.GetProperty("rule").GetString()}:{r.GetProperty("findings").GetInt32()}:{r.GetProperty("documents").GetInt32()}"),
            csvRules.Select(c => $"{c[5]}:{c[6]}:{c[7]}"));
    }

    [Fact]
    public void Findings_as_csv_have_one_row_each_and_a_bad_jobs_value_is_refused()
    {
        var json = CliRun.Of("audit", injected[0].File, "--format", "json");
        var count = JsonDocument.Parse(json.Out).RootElement.GetProperty("documents")[0].GetProperty("findings").GetArrayLength();
        var csv = CliRun.Of("audit", injected[0].File, "--format", "csv");
        Assert.Equal(count + 1, csv.Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",R03a,error,", csv.Out, StringComparison.Ordinal);

        var bad = CliRun.Of("audit", dir, "--jobs", "0");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("选项 --jobs 的值“0”无效", bad.Error, StringComparison.Ordinal);
    }
}
