using System.Text.Json;
using Gongkai.Model;
using Gongkai.Performance;
using Gongkai.Supervision;

namespace Gongkai.Cli.Tests.Supervision;

/// <summary>Issue 7: indicators, red flags and cross-document checks, against values recomputed by hand from the seeds.</summary>
public sealed class CompareTests
{
    private static ComparisonResult SeedComparison() => SupervisionComparison.Compare(Seeds.All(), RedFlagRuleSetLibrary.Default);

    [Fact]
    public void The_seeds_give_the_indicators_of_lukou_2020_2021_2023_and_ziyang_2022()
    {
        var result = SeedComparison();
        var lukou = result.Indicators.Where(i => i.Unit == "株洲市渌口区人大常委会").ToList();

        // Seed 003 prints no unit name; its 部门职责 are seed 000's word for word, so it joins 渌口.
        Assert.Equal([2020, 2021, 2023], lukou.Select(i => i.Year));
        var y2020 = lukou[0];
        Assert.Equal(876.17m, y2020.ExpenditureTotal);
        Assert.Equal(876.17m, y2020.BasicExpenditure);
        Assert.Equal(0m, y2020.ProjectExpenditure);
        Assert.Equal(600.88m, y2020.PersonnelCost);
        Assert.Equal(275.29m, y2020.OperatingCost);
        Assert.Equal(0.6858m, Math.Round(y2020.PersonnelShare!.Value, 4)); // 600.88 ÷ 876.17
        Assert.Equal(1.98m, y2020.ThreePublicCosts);
        Assert.Equal(2.01m, y2020.ThreePublicCostsBudget);
        Assert.Equal(0.9851m, Math.Round(y2020.ThreePublicControlRate!.Value, 4)); // 1.98 ÷ 2.01
        Assert.Equal(["201 836.91", "221 39.26"], y2020.SpendingByClass.Select(c => $"{c.Code} {c.Amount}"));
        Assert.Equal(1.5833m, Math.Round(y2020.HeadcountControlRate!.Value, 4)); // 38 ÷ 24
        Assert.Equal(1.5833m, Math.Round(lukou[1].HeadcountControlRate!.Value, 4)); // seed 000: 在岗在编 38, 编制 24
        Assert.Equal(1.98m, lukou[1].ThreePublicCostsPrior); // last year's 公开07表, as 2021 states none
        Assert.Equal(1.3333m, Math.Round(lukou[2].HeadcountControlRate!.Value, 4)); // seed 003: 32 ÷ 24

        var ziyang = result.Indicators.Single(i => i.Unit == "益阳市资阳区人民代表大会常务委员会");
        Assert.Equal(2022, ziyang.Year);
        Assert.Equal(1388.92m, ziyang.ExpenditureTotal);
        Assert.Equal(937.05m + 451.87m, ziyang.BasicExpenditure + ziyang.ProjectExpenditure);
        Assert.Equal(1m, ziyang.ExecutionRate); // 1388.92 ÷ 1388.92 (EXPECTED.md 004 #6)
        Assert.Equal(95.25m, ziyang.SelfEvaluationScore);
        Assert.Equal("优", ziyang.SelfEvaluationGrade);
        Assert.Equal(1.4615m, Math.Round(ziyang.HeadcountControlRate!.Value, 4)); // 57 ÷ 39
    }

    [Fact]
    public void The_default_red_flags_raise_headcount_over_authorised_posts_on_every_seed_unit_year()
    {
        var flags = SeedComparison().Flags;
        Assert.Equal(
            ["株洲市渌口区人大常委会 2020 年度", "株洲市渌口区人大常委会 2021 年度", "株洲市渌口区人大常委会 2023 年度", "益阳市资阳区人民代表大会常务委员会 2022 年度"],
            flags.Where(f => f.RuleId == "F02").Select(f => f.Location).Where(l => !l.StartsWith('（')));
        Assert.Contains("在职人员控制率 为 158.33%，预警条件 > 100.00%", flags[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain(flags, f => f.RuleId == "F03"); // 资阳's execution rate is 100%
    }

    [Fact]
    public void Three_public_growth_excellent_with_a_failing_indicator_and_a_low_execution_rate_are_flagged()
    {
        var seed001 = Seeds.All().Single(r => r.Year == 2020 && r.Tables.Any());
        var next = seed001.Clone();
        next.Year = 2021;
        var s = next.GetOrAddTable(DisclosureTableKind.ExplanationFigures);
        s.Add(new TableRow("ThreePublicCostsTotal", null, 3) { [3] = 1.62m });

        var seed004 = Seeds.All().Single(r => r.SelfEvaluation is not null);
        var sheet = seed004.SelfEvaluation!;
        // The lightest indicator scored at half its weight: below 60% it fails, and 95.25 loses at most a few points (still 优).
        var lightest = sheet.Indicators.Where(x => x.Weight is > 0 && x.PrintedScore == x.Weight).MinBy(x => x.Weight)!;
        var i = sheet.Indicators.IndexOf(lightest);
        sheet.Indicators[i] = lightest with { PrintedScore = lightest.Weight!.Value / 2 };
        Assert.True(lightest.Weight <= 10m);
        sheet.Funds = sheet.Funds.Clone();
        sheet.Funds.Total = sheet.Funds.Total with { Executed = 1200m };

        var result = SupervisionComparison.Compare([seed001, next, seed004], RedFlagRuleSetLibrary.Default);
        var y2021 = result.Indicators.Single(x => x.Year == 2021);
        Assert.Equal(0.2222m, Math.Round(y2021.ThreePublicChangeRate!.Value, 4)); // (1.98 − 1.62) ÷ 1.62
        Assert.Contains(result.Flags, f => f.RuleId == "F01" && f.Location == "株洲市渌口区人大常委会 2021 年度" && f.Printed == "22.22%");

        var ziyang = result.Indicators.Single(x => x.Year == 2022);
        Assert.Equal("优", ziyang.SelfEvaluationGrade);
        Assert.True(ziyang.FailingIndicators >= 1);
        Assert.Contains(result.Flags, f => f.RuleId == "F04");
        Assert.Equal(0.864m, Math.Round(ziyang.ExecutionRate!.Value, 4)); // 1200 ÷ 1388.92 = 0.86398
        Assert.Contains(result.Flags, f => f.RuleId == "F03" && f.Printed == "86.40%");
    }

    [Fact]
    public void Documents_of_the_same_unit_check_each_other()
    {
        var seed001 = Seeds.All().Single(r => r.Year == 2020 && r.Tables.Any());

        // 2021 states 上年决算数: 收支总计 876.17 agrees with 2020's 公开01表; 本年支出合计 870.00 does not (876.17).
        var next = seed001.Clone();
        next.Year = 2021;
        var s = next.GetOrAddTable(DisclosureTableKind.ExplanationFigures);
        s.Add(new TableRow("GrandTotal", null, 3) { [3] = 876.17m });
        s.Add(new TableRow("ExpenditureTotal", null, 3) { [3] = 870.00m });

        // The 2020 budget disclosure: 合计 735.80 agrees with the 年初预算数 the 决算 states; 行政运行 589.64 does not (580.00).
        var final2020 = seed001.Clone();
        var figures = final2020.GetOrAddTable(DisclosureTableKind.ExplanationFigures);
        figures.Add(new TableRow("GeneralBudgetExpenditure", null, 3) { [2] = 735.80m });
        figures.Add(new TableRow("2010101", "行政运行", 3) { [2] = 580.00m });
        var budget = new UnitYearReport { Kind = DisclosureKind.Budget, Year = 2020, Unit = new BudgetUnit { Name = seed001.Unit.Name } };
        var b05 = budget.GetOrAddTable(DisclosureTableKind.GeneralBudgetExpenditure);
        b05.Add(new TableRow("Total", "合计", 3) { [1] = 735.80m });
        b05.Add(new TableRow("2010101", "行政运行", 3) { [1] = 589.64m });

        // The self-evaluation: 年度资金总额 876.17 agrees with 公开03表; 基本支出 870.00 does not (876.17).
        final2020.SelfEvaluation = new SelfEvaluationSheet
        {
            UnitName = seed001.Unit.Name, Year = 2020,
            Funds = new SelfEvaluationFunds { Total = new FundAmounts(null, 876.17m, 876.17m), Basic = new FundAmounts(null, null, 870.00m) },
        };

        var findings = SupervisionComparison.Compare([final2020, next, budget], RedFlagRuleSetLibrary.Default).CrossDocument;
        Assert.Equal(["XD01", "XD02", "XD03"], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
        var prior = findings.Single(f => f.RuleId == "XD01");
        Assert.Equal(("870.00", "876.17"), (prior.Printed, prior.Expected));
        Assert.Contains("2021 年度情况说明所列上年决算数（本年支出合计） 为 870.00 万元，2020 年度部门决算 公开03表 本年支出合计 为 876.17 万元，相差 -6.17", prior.Message, StringComparison.Ordinal);
        var plan = findings.Single(f => f.RuleId == "XD02");
        Assert.Equal(("589.64", "580.00"), (plan.Printed, plan.Expected));
        Assert.Contains("行政运行（2010101）", plan.Message, StringComparison.Ordinal);
        var funds = findings.Single(f => f.RuleId == "XD03");
        Assert.Equal(("870.00", "876.17"), (funds.Printed, funds.Expected));
    }

    [Fact]
    public void The_command_prints_json_and_csv_and_takes_a_supervisors_rules()
    {
        var dir = Paths.TempDirectory();
        var rules = Path.Combine(dir, "flags.json");
        File.WriteAllText(rules, """
            {"format":"gongkai.red-flags","version":1,"name":"严格","flags":[
              {"id":"M1","severity":"error","indicator":"headcountControlRate","operator":">","threshold":1.5,"description":"超编 50% 以上"}]}
            """);
        var json = CliRun.Of(["compare", .. Seeds.Files(), "--format", "json", "--red-flags", rules]);
        json.AssertNoStackTrace();
        Assert.Equal(1, json.ExitCode); // an error-severity flag
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal("严格", root.GetProperty("redFlags").GetString());
        Assert.Equal(["株洲市渌口区人大常委会 2020 年度", "株洲市渌口区人大常委会 2021 年度"],
            root.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("location").GetString()));
        var first = root.GetProperty("indicators")[0];
        Assert.Equal(876.17m, first.GetProperty("expenditureTotal").GetDecimal());
        Assert.Equal(1.5833m, first.GetProperty("headcountControlRate").GetDecimal());

        var csv = CliRun.Of(["compare", .. Seeds.Files(), "--format", "csv"]).Out.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("record,unit,year,kind,expenditureTotal,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("indicators,株洲市渌口区人大常委会,2020,FinalAccounts,876.17,876.17,0,1,600.88,275.29,0.6858,", csv[1], StringComparison.Ordinal);
        Assert.Equal(4, csv.Count(l => l.StartsWith("flag,", StringComparison.Ordinal))); // F02 on 渌口 2020, 2021, 2023 and 资阳 2022

        var text = CliRun.Of(["compare", .. Seeds.Files()]);
        Assert.Contains("在职人员控制率：158.33%", text.Out, StringComparison.Ordinal);

        File.WriteAllText(rules, """{"format":"gongkai.red-flags","version":1,"flags":[{"id":"M1","indicator":"工资","operator":">","threshold":1,"description":"x"}]}""");
        var bad = CliRun.Of(["compare", .. Seeds.Files(), "--red-flags", rules]);
        bad.AssertNoStackTrace();
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("预警规则文件", bad.Error, StringComparison.Ordinal);
        Assert.Contains("规则 M1 的指标“工资”不存在", bad.Error, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("{}", "format 应为 gongkai.red-flags")]
    [InlineData("""{"format":"gongkai.red-flags","version":2,"flags":[]}""", "version 应为 1")]
    [InlineData("""{"format":"gongkai.red-flags","version":1,"flags":[{"id":"A","indicator":"executionRate","operator":"~","threshold":1,"description":"d"}]}""", "比较符“~”无效")]
    [InlineData("""{"format":"gongkai.red-flags","version":1,"flags":[{"id":"A","indicator":"executionRate","operator":"<","threshold":"0.9","description":"d"}]}""", "缺少数值阈值")]
    [InlineData("""{"format":"gongkai.red-flags","version":1,"flags":[{"id":"A","indicator":"executionRate","operator":"<","threshold":0.9,"description":"d"},{"id":"A","indicator":"executionRate","operator":"<","threshold":0.9,"description":"d"}]}""", "规则编号 A 重复")]
    [InlineData("{", "不是有效的 JSON")]
    public void Invalid_red_flag_files_are_refused_in_chinese(string json, string expected)
    {
        var e = Assert.Throws<FormatException>(() => RedFlagRuleSetParser.Parse(json, "我的规则.json"));
        Assert.Contains("预警规则文件 我的规则.json 有误", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
