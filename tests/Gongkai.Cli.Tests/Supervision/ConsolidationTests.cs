using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Consolidation;
using Gongkai.Documents.Supervision;
using Gongkai.Model;
using Gongkai.Performance;
using Gongkai.Synthetic;
using Gongkai.Templates;

namespace Gongkai.Cli.Tests.Supervision;

/// <summary>Issue 7: 汇总 adds every cell, keeps every check that held on the members, and sums the self-evaluations.</summary>
public sealed class ConsolidationTests
{
    private static readonly CheckEngine Engine = new(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);

    // The seed unit-years that are final accounts (only seed 001 prints the nine tables), with synthetic units of the
    // same year so that every cell really is a sum of several.
    private static List<UnitYearReport> Members(int synthetic)
    {
        var members = Seeds.All().Where(SupervisedDocuments.HasTables).ToList();
        Assert.Single(members);
        Assert.Equal(2020, members[0].Year);
        var generator = new SyntheticReportGenerator(seed: 7, year: 2020);
        members.AddRange(Enumerable.Range(0, synthetic).Select(_ => generator.Next()));
        return members;
    }

    [Fact]
    public void Every_cell_is_the_sum_of_the_members_cells()
    {
        var members = Members(12);
        var result = Consolidator.Consolidate("渌口区汇总", members);

        // Recomputed here cell by cell, without the consolidator: blank stays blank unless some member prints a figure.
        var sFigures = TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020).Table(DisclosureTableKind.ExplanationFigures)!;
        var cells = 0;
        foreach (var kind in DisclosureTableKinds.All)
        {
            var keys = members.SelectMany(m => m.Table(kind)?.Rows ?? []).Select(r => r.Key)
                .Where(k => kind != DisclosureTableKind.ExplanationFigures || TableRow.IsCode(k) || sFigures.FixedRow(k) is not null)
                .Distinct().ToList();
            var table = result.Report.Table(kind);
            Assert.Equal(keys.Count, table?.Rows.Count ?? 0);
            foreach (var key in keys)
            {
                var width = members.Max(m => m.Table(kind)?.Find(key)?.ColumnCount ?? 0);
                for (var c = 1; c <= width; c++)
                {
                    var printed = members.Select(m => m.Table(kind)?.Find(key)?[c]).Where(v => v is not null).ToList();
                    decimal? expected = printed.Count == 0 ? null : printed.Sum(v => v!.Value);
                    Assert.Equal(expected, table![key, c]);
                    cells++;
                }
            }
        }

        Assert.True(cells > 500, $"only {cells} cells compared");

        // Seed 001's 人大事务 row appears only in the seed (synthetic units draw other 项 at random or the same): its
        // T05 total is 657.19 plus whatever the synthetic units spent on 2010101.
        var administration = members.Sum(m => m.Table(DisclosureTableKind.GeneralBudgetExpenditure)?.Find("2010101")?[1] ?? 0);
        Assert.Equal(administration, result.Report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!["2010101", 1]);
        Assert.Equal(13, result.MemberCount);
        Assert.Equal("渌口区汇总", result.Report.Unit.Name);
        Assert.StartsWith("本汇总含 13 个单位：株洲市渌口区人大常委会、合成区第1单位", result.Report.Unit.ReportingScope, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_that_holds_on_every_member_holds_on_the_consolidation()
    {
        var members = Members(40);
        var held = members.Select(m => Engine.Run(m).Outcomes.Where(o => o.State == RuleState.Passed).Select(o => o.RuleId).ToHashSet()).ToList();
        var always = held.Skip(1).Aggregate(held[0], (a, b) => [.. a.Intersect(b)]);
        Assert.True(always.Count > 40, $"only {always.Count} rules held on every member");

        var consolidated = Engine.Run(Consolidator.Consolidate("汇总", members).Report);

        var states = consolidated.Outcomes.ToDictionary(o => o.RuleId, o => o.State);
        Assert.All(always, id => Assert.Equal(RuleState.Passed, states[id]));
        Assert.Empty(consolidated.Findings.Where(f => always.Contains(f.RuleId) && f.Severity >= Severity.Warning).Select(f => f.Message));
    }

    [Fact]
    public void Consolidated_synthetic_sets_have_no_error()
    {
        foreach (var (seed, count) in new[] { (1, 3), (2, 50), (3, 700) })
        {
            var generator = new SyntheticReportGenerator(seed, year: 2021);
            var members = Enumerable.Range(0, count).Select(_ => generator.Next()).ToList();
            var result = Engine.Run(Consolidator.Consolidate("合成区", members).Report);
            Assert.False(result.HasErrors, string.Join("\n", result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message)));
            Assert.True(result.Count(RuleState.Passed) > 40);
        }
    }

    [Fact]
    public void The_parallel_sum_equals_the_sequential_one()
    {
        var generator = new SyntheticReportGenerator(seed: 11);
        var members = Enumerable.Range(0, 1500).Select(_ => generator.Next()).ToList();
        var one = Consolidator.Consolidate("甲", members, maxDegreeOfParallelism: 1).Report;
        var many = Consolidator.Consolidate("甲", members, maxDegreeOfParallelism: 4).Report;
        Assert.Empty(ReportComparer.Compare(one, many));
        Assert.Equal(
            one.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!.Rows.Select(r => r.Key),
            many.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Blank_and_scale_follow_the_printed_figures_and_rows_follow_the_template()
    {
        static UnitYearReport Unit(string name, decimal? a, decimal? b, string extraCode)
        {
            var report = new UnitYearReport { Year = 2020, Unit = new BudgetUnit { Name = name, Kind = UnitKind.Administrative, AuthorizedHeadcount = 10, ActualHeadcount = 12 } };
            var t05 = report.GetOrAddTable(DisclosureTableKind.GeneralBudgetExpenditure);
            t05.Add(new TableRow(extraCode, "项", 3) { [1] = a, [2] = a, [3] = b });
            t05.Add(new TableRow("Total", "合计", 3) { [1] = a, [2] = a, [3] = b });
            return report;
        }

        var result = Consolidator.Consolidate("两单位", [Unit("甲", 24.2m, null, "2010104"), Unit("乙", 24.20m, null, "2010101")]);
        var t05 = result.Report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!;
        Assert.Equal(["Total", "2010101", "2010104"], t05.Rows.Select(r => r.Key));
        Assert.Equal("48.40", t05["Total", 1]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(t05["Total", 3]);
        Assert.Equal(24.2m, t05["2010104", 1]);
        Assert.Equal(20, result.Report.Unit.AuthorizedHeadcount);
        Assert.Equal(24, result.Report.Unit.ActualHeadcount);
        Assert.Equal(UnitKind.Administrative, result.Report.Unit.Kind);
    }

    [Fact]
    public void Members_of_different_years_are_refused_in_chinese()
    {
        var e = Assert.Throws<ConsolidationException>(() => Consolidator.Consolidate("混合", [
            new UnitYearReport { Year = 2020, Unit = new BudgetUnit { Name = "甲" } },
            new UnitYearReport { Year = 2021, Unit = new BudgetUnit { Name = "乙" } }]));
        Assert.Contains("不能汇总不同年度的报表：甲 为 2020 年度，乙 为 2021 年度", e.Message, StringComparison.Ordinal);
        Assert.Throws<ConsolidationException>(() => Consolidator.Consolidate("空", []));
    }

    [Fact]
    public void Self_evaluation_figures_are_weighted_by_funds()
    {
        // Seed 004: the printed scores add up to 95.25 (EXPECTED.md 004 #5), 优; funds 全年执行数 1388.92.
        var seed004 = Seeds.All().Single(r => r.SelfEvaluation is not null);
        var alone = Consolidator.SelfEvaluation([seed004], ScoringRuleSetLibrary.Default);
        Assert.Equal(1, alone.Evaluated);
        Assert.Equal(95.25m, alone.MeanScore);
        Assert.Equal(1388.92m, alone.Funds);

        // With two more members by hand: mean (95.25 + 80 + 50) / 3 = 75.083 → 75.08; weighted by funds (the third
        // states none) (95.25 × 1388.92 + 80 × 100) / 1488.92 = 94.2258 → 94.23.
        var figures = Consolidator.Summarise(
            [new SelfEvaluationMember(95.25m, "优", 1388.92m), new SelfEvaluationMember(80m, "良", 100m), new SelfEvaluationMember(50m, "差", null)],
            ScoringRuleSetLibrary.Default);
        Assert.Equal(75.08m, figures.MeanScore);
        Assert.Equal(94.23m, figures.WeightedMeanScore);
        Assert.Equal(1488.92m, figures.Funds);
        Assert.Equal(["优 1", "良 1", "中 0", "差 1"], figures.Grades.Select(g => $"{g.Key} {g.Value}"));
    }

    [Fact]
    public void The_command_consolidates_a_directory_and_reports_unreadable_inputs()
    {
        var dir = Paths.TempDirectory();
        foreach (var f in Seeds.Files())
        {
            File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
        }

        File.WriteAllBytes(Path.Combine(dir, "broken.docx"), [1, 2, 3]);
        var output = Path.Combine(dir, "out", "..", "group.json");
        Directory.CreateDirectory(Path.Combine(dir, "out"));
        var run = CliRun.Of("consolidate", dir, "-o", output, "--name", "人大汇总");
        run.AssertNoStackTrace();
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("broken.docx", run.Error, StringComparison.Ordinal);
        Assert.Contains("已汇总“人大汇总”：1 个单位，2020 年度", run.Out, StringComparison.Ordinal);
        var report = Documents.Canonical.CanonicalJsonReader.ReadFile(output);
        Assert.Equal(876.17m, report.Table(DisclosureTableKind.IncomeExpenditureSummary)!["IncomeTotal", 1]);

        var none = CliRun.Of("consolidate", Seeds.File("002"), "-o", Path.Combine(dir, "none.json"));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("没有可汇总的部门决算", none.Error, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }
}
