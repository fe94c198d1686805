using Gongkai.Documents.Performance;
using Gongkai.Performance;

namespace Gongkai.Documents.Tests.Performance;

public sealed class PerformanceTextReaderTests
{
    [Fact]
    public void Seed_004_is_read_without_problems()
    {
        Assert.Empty(Seed004Text.Read().Problems);
    }

    [Fact]
    public void Funds_block_of_the_sheet()
    {
        var sheet = Seed004Text.Read().Sheet!;
        Assert.Equal("益阳市资阳区人民代表大会常务委员会", sheet.UnitName);
        Assert.Equal(2022, sheet.Year);
        var f = sheet.Funds;
        Assert.Equal(new FundAmounts(1033.5m, 1388.92m, 1388.92m), f.Total);
        Assert.Equal((10m, 105.93m, 9m), (f.ExecutionWeight, f.PrintedExecutionRate, f.PrintedExecutionScore));
        Assert.Equal(1322.44m, f.GeneralBudget.Executed);
        Assert.Null(f.GovernmentFund.Executed);
        Assert.Null(f.SpecialAccountNonTax.Executed);
        Assert.Equal(66.48m, f.Other.Executed);
        Assert.Equal(937.05m, f.Basic.Executed);
        Assert.Equal(451.87m, f.Project.Executed);
        Assert.StartsWith("目标1：强化监督职能", sheet.AnnualGoals, StringComparison.Ordinal);
        Assert.EndsWith("改善了营商环境。", sheet.Achievements, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_table_in_three_tiers()
    {
        var sheet = Seed004Text.Read().Sheet!;
        Assert.Equal(11, sheet.Indicators.Count);
        Assert.Equal(["产出指标", "效益指标"], sheet.Indicators.Select(i => i.Level1).Distinct());
        Assert.Equal([new PrintedGroupWeight("产出指标", 50m), new PrintedGroupWeight("效益指标", 40m)], sheet.PrintedGroupWeights);
        Assert.Equal(100m, sheet.Indicators.Sum(i => i.Weight) + sheet.Funds.ExecutionWeight);
        Assert.Equal(86.25m, sheet.Indicators.Sum(i => i.PrintedScore));

        var cost = sheet.Indicators.Single(i => i.Name == "公用经费控制率");
        Assert.Equal(("产出指标", "成本指标"), (cost.Level1, cost.Level2));
        Assert.Equal(TargetComparison.AtMost, cost.Target!.Comparison);
        Assert.Equal(134.38m, cost.Achieved!.Number);
        Assert.Equal((12.5m, 10m), (cost.Weight, cost.PrintedScore));
        Assert.Equal("部分项目年初未纳入预算", cost.DeviationReason);
        Assert.Equal(370, cost.Line); // the line of the indicator's name

        var eco = sheet.Indicators.Single(i => i.Name == "促进经济健康运行");
        Assert.Equal(("效益指标", "经济效益指标", "有效促进", "促进"), (eco.Level1, eco.Level2, eco.Target!.Text, eco.Achieved!.Text));
        Assert.Null(sheet.Indicators[0].DeviationReason);
        Assert.Equal((100m, 96.25m), (sheet.PrintedTotalWeight, sheet.PrintedTotal));
    }

    [Fact]
    public void Base_data_table()
    {
        var d = Seed004Text.Read().BaseData!;
        Assert.Equal((39, 57, 146.15m), (d.AuthorizedHeadcount, d.ActualHeadcount, d.PrintedHeadcountControlRate));
        Assert.Equal((2021, 2022), (d.PriorYear, d.Year));
        Assert.Equal(new YearAmounts(1258.88m, 1033.5m, 1388.92m), d.TotalSpending);
        Assert.Equal(new YearAmounts(785.98m, 743.13m, 937.05m), d.BasicSpending);
        Assert.Equal(new YearAmounts(88.9m, 117.2m, 81.94m), d.PublicFunds);
        Assert.Equal(new YearAmounts(364.77m, 290.37m, 451.87m), d.ProjectSpending);
        Assert.Equal(18, d.Projects.Count);
        Assert.Equal("人大兼职副主任工作经费", d.Projects[3].Name);
        Assert.Equal(new YearAmounts(null, 60m, 60m), d.Projects[17].Amounts);
        Assert.Equal((277.87m, 249.06m, 249.06m), (d.ProjectsSum(BaseDataColumn.PriorFinal), d.ProjectsSum(BaseDataColumn.Budget), d.ProjectsSum(BaseDataColumn.Final)));
        Assert.True(d.ThreePublic.Total.IsEmpty && d.ThreePublic.Reception.IsEmpty && d.Procurement.IsEmpty);
        Assert.True(d.Buildings!.IsEmpty);
        Assert.StartsWith("1、各委室要建立严格的自查自纠制度", d.ThriftMeasures, StringComparison.Ordinal);
        Assert.Contains("6、狠抓各项制度", d.ThriftMeasures, StringComparison.Ordinal);
    }

    [Fact]
    public void Narrative_prose_and_amounts()
    {
        var n = Seed004Text.Read().Sheet!.Narrative!;
        Assert.Equal("益阳市资阳区人民代表大会常务委员会2022年整体支出绩效评价报告", n.Title);
        Assert.StartsWith("为进一步规范人大机关资金管理", n.Introduction, StringComparison.Ordinal);
        Assert.StartsWith("2022年，资阳区人大共设一办八委", n.Overview, StringComparison.Ordinal);
        Assert.Contains("本年度无政府性基金预算支出。", n.SpendingManagement, StringComparison.Ordinal);
        Assert.Contains("全年依法有序任免国家工作人员74人次", n.Performance, StringComparison.Ordinal);
        Assert.Equal("年初在预算编制时，个别项目预算编制不够精准、全面，在执行中存在报财政批准调整情况。", n.Problems);
        Assert.StartsWith("(1)细化预算编制工作", n.Measures, StringComparison.Ordinal);
        Assert.StartsWith("通过绩效自评", n.ResultUse, StringComparison.Ordinal);
        Assert.StartsWith("此次绩效自评报告将在资阳区政府官网上予以全文公布", n.Disclosure, StringComparison.Ordinal);
        Assert.Equal(1388.92m, n.IncomeTotal);
        Assert.Equal([("预算内收入", 1322.4m), ("预算外收入", 66.52m)], n.IncomeItems.Select(i => (i.Name, i.Amount)));
        Assert.Equal(1388.92m, n.SpendingTotal);
        Assert.Equal(["工资福利支出", "商品和服务支出", "对个人和家庭补助支出", "资本性支出"], n.SpendingItems.Select(i => i.Name));
        Assert.Equal([902.66m, 380.58m, 82.73m, 22.95m], n.SpendingItems.Select(i => i.Amount));
        Assert.Equal(["0.0", "0.00", "0.00", "0.0"], n.SpendingItems.Select(i => i.PrintedShare!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("用于在职人员工资", n.SpendingItems[0].Use, StringComparison.Ordinal);
        Assert.Equal(0m, n.Balance);
    }

    [Fact]
    public void Seed_004_scores_95_25()
    {
        var doc = Seed004Text.Read();
        var result = new SelfEvaluationScorer().Score(doc.Sheet!, doc.BaseData);
        Assert.Equal(95.25m, result.Total);
        Assert.Equal("优", result.Grade);
        Assert.Equal(1m, result.Execution.Rate);
    }

    private const string Other =
        "某县财政局2023年度部门整体支出绩效自评表\n" +
        "\t预算部门\n\t某县财政局\n\n" +
        "\t年度资金\n\t全年执行数\n\t全年预算数\n\t年初预算数\n\t得分\n\t执行率\n\t分值\n\n" +
        "\t年度资金总额\n\t95\n\t100\n\t90\n\t9.5\n\t95%\n\t10\n\n" +
        "\t一级指标\n\t二级指标\n\t三级指标\n\t年度指标值\n\t实际完成值\n\t分值\n\t得分\n\t偏差原因\n\n" +
        "\t产出指标\n\t数量指标\n\t完成检查\n\t≥10次\n\t8次\n\t90\n\t72\n\t人手不足\n\n" +
        "\t神秘行\n\t甲\n\n" +
        "\t总分\n\t100\n\t81.5\n\n" +
        "填表人：某某\n";

    [Fact]
    public void Another_units_sheet_with_columns_in_another_order()
    {
        var doc = PerformanceTextReader.Read(Other, "other.txt");
        var sheet = doc.Sheet!;
        Assert.Equal(("某县财政局", 2023), (sheet.UnitName, sheet.Year));
        Assert.Equal(new FundAmounts(90m, 100m, 95m), sheet.Funds.Total);
        Assert.Equal((10m, 95m, 9.5m), (sheet.Funds.ExecutionWeight, sheet.Funds.PrintedExecutionRate, sheet.Funds.PrintedExecutionScore));
        var i = Assert.Single(sheet.Indicators);
        Assert.Equal(("完成检查", 90m, 72m, "人手不足"), (i.Name, i.Weight, i.PrintedScore, i.DeviationReason));
        Assert.Equal(81.5m, sheet.PrintedTotal);

        // The row that fits nowhere is reported with its line, not dropped silently.
        Assert.True(doc.Problems.Count == 1, string.Join("\n", doc.Problems.Select(p => p.Line + " " + p.Message)));
        var problem = doc.Problems[0];
        Assert.Equal(39, problem.Line);
        Assert.Contains("神秘行", problem.Message, StringComparison.Ordinal);
        Assert.Null(doc.BaseData);
    }

    [Fact]
    public void A_cell_that_is_not_a_number_is_reported()
    {
        var doc = PerformanceTextReader.Read(Other.Replace("\t72\n", "\t七十二\n", StringComparison.Ordinal), "other.txt");
        Assert.Contains(doc.Problems, p => p.Message.Contains("“七十二”不是数字", StringComparison.Ordinal));
        Assert.Null(doc.Sheet!.Indicators[0].PrintedScore);
    }

    [Fact]
    public void A_document_without_the_tables_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => PerformanceTextReader.Read("2022年度部门决算公开\n一、部门职责\n", "plain.txt"));
        Assert.Contains("没有找到绩效自评表或绩效评价基础数据表", e.Message, StringComparison.Ordinal);
    }
}
