using Gongkai.Documents.Canonical;
using Gongkai.Model;

namespace Gongkai.Cli.Tests.Commands;

/// <summary>gongkai parse and gongkai audit on published documents (the seeds as text).</summary>
public sealed class ParseAndAuditDocumentTests
{
    private static string Seeds
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
                }
            }

            throw new InvalidOperationException("Gongkai.slnx not found");
        }
    }

    [Fact]
    public void ParseWritesCanonicalJsonOfTheTables()
    {
        var output = Path.Combine(Path.GetTempPath(), "gongkai-parse-" + Guid.NewGuid().ToString("N") + ".json");
        var (code, stdout, _) = Run("parse", Path.Combine(Seeds, "001_424111e6d4059655.txt"), "-o", output);
        Assert.Equal(0, code);
        Assert.Contains("株洲市渌口区人大常委会", stdout, StringComparison.Ordinal);
        Assert.Contains("部门决算公开", stdout, StringComparison.Ordinal);
        var report = CanonicalJsonReader.ReadFile(output);
        Assert.Equal(2020, report.Year);
        Assert.Equal(876.17m, report.Table(DisclosureTableKind.IncomeExpenditureSummary)!["IncomeGrandTotal", 1]);
        Assert.Null(report.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!["310", 1]);
        File.Delete(output);
    }

    [Fact]
    public void ParsePrintsReadingNotes()
    {
        var input = Path.Combine(Path.GetTempPath(), "gongkai-odd-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(input, "2020年度 某某局 部门决算\n收入决算表\n项目\t\t本年收入合计\n功能分类科目编码\t科目名称\t\n栏次\t\t1\n合计\t\t10.00\n天气很好\t\t5.00\n");
        var output = input + ".json";
        var (code, stdout, _) = Run("parse", input, "-o", output);
        Assert.Equal(0, code);
        Assert.Contains("第 7 行", stdout, StringComparison.Ordinal);
        Assert.Contains("天气很好", stdout, StringComparison.Ordinal);
        File.Delete(input);
        File.Delete(output);
    }

    [Fact]
    public void AuditSummaryPrintsOneLinePerDocument()
    {
        var (code, stdout, stderr) = Run("audit", Path.Combine(Seeds, "001_424111e6d4059655.txt"), Path.Combine(Seeds, "004_f345c05e6f8977cf.txt"), "--summary");
        Assert.True(code is 0 or 1, stderr);
        // One line per document, then (after a blank line) the totals per rule (issue 7).
        var lines = stdout.ReplaceLineEndings("\n").Split("\n\n")[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("各规则汇总", stdout, StringComparison.Ordinal);
        Assert.Contains("单位：株洲市渌口区人大常委会", lines[0], StringComparison.Ordinal);
        Assert.Contains("年度：2020", lines[0], StringComparison.Ordinal);
        Assert.Contains("部门决算公开", lines[0], StringComparison.Ordinal);
        Assert.Contains("绩效自评表", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AuditOfAnUnreadableFileExitsWithTwoAndAChineseLine()
    {
        var input = Path.Combine(Path.GetTempPath(), "gongkai-bad-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllText(input, "not a pdf");
        var (code, _, stderr) = Run("audit", input);
        Assert.Equal(2, code);
        Assert.Contains("不是有效的", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        File.Delete(input);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
