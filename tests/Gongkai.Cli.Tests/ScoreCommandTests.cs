using System.Text.Json;
using Gongkai.Cli;

namespace Gongkai.Cli.Tests;

/// <summary>gongkai score on seed 004 and on rule set files.</summary>
public sealed class ScoreCommandTests
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found");
    });

    private static string Seed => Path.Combine(RootLazy.Value, "..", "shared", "seeds", "004_f345c05e6f8977cf.txt");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string TempRules(Func<string, string> edit)
    {
        var text = File.ReadAllText(Path.Combine(RootLazy.Value, "rules", "performance", "default-2020.json"));
        var path = Path.Combine(Path.GetTempPath(), "gongkai-rules-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, edit(text));
        return path;
    }

    [Fact]
    public void Seed_004_total_grade_execution_rate_and_public_funds_rate()
    {
        var (exit, output, _) = Run("score", Seed);
        Assert.Equal(1, exit); // errors found: the printed total, the rate, the formula
        Assert.Contains("总分：印制 96.25；各项得分之和 95.25，等级“优”", output, StringComparison.Ordinal);
        Assert.Contains("执行率：印制 105.93%，重算 100.00%", output, StringComparison.Ordinal);
        Assert.Contains("公用经费控制率 印为 134.38%，按 本年决算公用经费 ÷ 本年预算公用经费 = 81.94 ÷ 117.2 应为 69.91%", output, StringComparison.Ordinal);
        Assert.Contains("规则：目标 ≥9次调研，实际 19次，达到目标，得满分 6.25。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_output_for_programs()
    {
        var (exit, output, _) = Run("score", Seed, "--format", "json");
        Assert.Equal(1, exit);
        using var doc = JsonDocument.Parse(output);
        var d = doc.RootElement.GetProperty("documents")[0];
        Assert.Equal(95.25m, d.GetProperty("totals").GetProperty("total").GetDecimal());
        Assert.Equal(96.25m, d.GetProperty("totals").GetProperty("printed").GetDecimal());
        Assert.Equal("优", d.GetProperty("totals").GetProperty("grade").GetString());
        Assert.Equal(1m, d.GetProperty("execution").GetProperty("rate").GetDecimal());
        Assert.Equal(1.0593m, d.GetProperty("execution").GetProperty("printedRate").GetDecimal());
        var cost = d.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "公用经费控制率");
        Assert.Equal(12.5m, cost.GetProperty("recomputedScore").GetDecimal());
        Assert.Equal("public-funds-control", cost.GetProperty("rule").GetString());
        Assert.Contains(d.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "P-TOTAL");
    }

    [Fact]
    public void A_rule_set_file_changes_the_scores()
    {
        // Satisfaction weighs 20 and benefit 20: no change of scores, but the weight findings follow the file.
        var path = TempRules(t => t.Replace("\"weight\": 30", "\"weight\": 20", StringComparison.Ordinal).Replace("\"weight\": 10, \"keywords\": [\"满意度\"]", "\"weight\": 20, \"keywords\": [\"满意度\"]", StringComparison.Ordinal)
            .Replace("\"limit\": 100, \"points\": 0.5, \"per\": 1 },\n      \"source\": \"财预〔2013〕53号", "\"limit\": 50, \"points\": 0.5, \"per\": 1 },\n      \"source\": \"财预〔2013〕53号", StringComparison.Ordinal));
        try
        {
            var (_, output, err) = Run("score", Seed, "--rules", path);
            Assert.Equal("", err);

            // 公用经费控制率 69.91% against a 50% limit: 12.5 − 0.5 × 19.91 = 2.55; rule total 100 − 9.95 = 90.05.
            Assert.Contains("分值 12.5　得分：印制 10，重算 2.55", output, StringComparison.Ordinal);
            Assert.Contains("全部按评分规则重算 90.05", output, StringComparison.Ordinal);
            Assert.Contains("满意度指标 的分值合计为 8", output, StringComparison.Ordinal);
            Assert.Contains("为 20。", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_invalid_rule_set_is_refused_in_chinese()
    {
        var weights = TempRules(t => t.Replace("\"weight\": 50", "\"weight\": 40", StringComparison.Ordinal));
        var kind = TempRules(t => t.Replace("\"kind\": \"carryoverRate\"", "\"kind\": \"carryOverRatio\"", StringComparison.Ordinal));
        var broken = TempRules(t => t[..200]);
        try
        {
            var (exit, output, err) = Run("score", Seed, "--rules", weights);
            Assert.Equal(2, exit);
            Assert.Equal("", output);
            Assert.Contains("各组分值之和应为 100：预算执行率 10 + 产出指标 40 + 效益指标 30 + 满意度指标 10 = 90。", err, StringComparison.Ordinal);

            (exit, _, err) = Run("score", Seed, "--rules", kind);
            Assert.Equal(2, exit);
            Assert.Contains("指标规则“carryover”的类型“carryOverRatio”未知", err, StringComparison.Ordinal);

            (exit, _, err) = Run("score", Seed, "--rules", broken);
            Assert.Equal(2, exit);
            Assert.Contains("不是有效的 JSON", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(weights);
            File.Delete(kind);
            File.Delete(broken);
        }
    }

    [Fact]
    public void Missing_input_and_bad_options_exit_2()
    {
        Assert.Equal(2, Run("score", "/nonexistent/sheet.txt").Exit);
        Assert.Equal(2, Run("score").Exit);
        Assert.Equal(2, Run("score", Seed, "--format", "xml").Exit);
        Assert.Contains("找不到文件", Run("score", Seed, "--rules", "/nonexistent/rules.json").Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Canonical_json_without_a_sheet_is_refused()
    {
        var sample = Path.Combine(RootLazy.Value, "samples", "seed-001.json");
        var (exit, _, err) = Run("score", sample);
        Assert.Equal(2, exit);
        Assert.Contains("没有可评分的绩效自评表", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_lists_the_score_command()
    {
        Assert.Contains("score 文件", Run("help").Out, StringComparison.Ordinal);
    }
}
