using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

/// <summary>The generated report for seed 004 carries every figure, computed from the printed amounts.</summary>
public sealed class EvaluationReportWriterTests
{
    private static string Text() => EvaluationReportWriter.WriteText(Seed004.Sheet(), Seed004.BaseData());

    [Theory]
    [InlineData("全年总收入 1388.92 万元，其中：一般公共预算 1322.44 万元，占 95.21%；其他资金 66.48 万元，占 4.79%")] // 1322.44 ÷ 1388.92 = 95.213%
    [InlineData("基本支出 937.05 万元，占 67.47%；项目支出 451.87 万元，占 32.53%")]
    [InlineData("工资福利支出 902.66 万元，占 64.99%")]    // 902.66 ÷ 1388.92 = 64.9901%
    [InlineData("商品和服务支出 380.58 万元，占 27.40%")]
    [InlineData("对个人和家庭补助支出 82.73 万元，占 5.96%")]
    [InlineData("资本性支出 22.95 万元，占 1.65%")]
    [InlineData("2022年收支结余 0.00 万元")]
    [InlineData("年初预算数 1033.50 万元，全年预算数 1388.92 万元，全年执行数 1388.92 万元，预算执行率 100.00%；全年预算数比年初预算数增加 355.42 万元，预算调整率 34.39%")]
    [InlineData("公用经费预算 117.20 万元，决算 81.94 万元，公用经费控制率 69.91%")]
    [InlineData("单位编制数 39 人，实际在职人数 57 人，在职人员控制率 146.15%")]
    [InlineData("自评总分 95.25 分，评价等级为“优”")]
    [InlineData("年初在预算编制时，个别项目预算编制不够精准、全面，在执行中存在报财政批准调整情况。")]
    public void Contains_the_figure(string expected)
    {
        Assert.Contains(expected, Text(), StringComparison.Ordinal);
    }

    [Fact]
    public void Sections_come_in_the_seeds_order()
    {
        var text = Text();
        string[] headings = ["一、单位概况", "二、单位整体支出管理及使用情况", "三、部门整体支出绩效情况", "四、存在的问题", "五、改进措施", "六、绩效自评结果应用和公开情况"];
        var positions = headings.Select(h => text.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith("益阳市资阳区人民代表大会常务委员会2022年整体支出绩效评价报告\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_has_headings_and_an_indicator_table()
    {
        var md = EvaluationReportWriter.WriteMarkdown(Seed004.Sheet(), Seed004.BaseData());
        Assert.Contains("\n## 一、单位概况\n", md, StringComparison.Ordinal);
        Assert.Contains("| 一级指标 | 二级/三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |\n| --- | --- | --- | --- | --- | --- | --- |\n", md, StringComparison.Ordinal);
        Assert.Contains("| 产出指标 | 成本指标/公用经费控制率 | ≤100% | 134.38% | 12.5 | 10 | 部分项目年初未纳入预算 |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Shares_all_have_two_decimals()
    {
        var shares = System.Text.RegularExpressions.Regex.Matches(Text(), @"占 (\d+(?:\.\d+)?)%").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(shares);
        Assert.All(shares, s => Assert.Matches(@"^\d+\.\d\d$", s));
    }
}
