using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

public sealed class IndicatorTemplateTests
{
    [Fact]
    public void People_congress_template_gives_a_sheet_that_fits_the_default_weights()
    {
        var template = IndicatorTemplateLibrary.Find("people-congress-standing-committee")!;
        var sheet = template.CreateSheet("某区人大常委会", 2024);
        Assert.Equal(17, sheet.Indicators.Count);
        Assert.Equal(100m, sheet.PrintedTotalWeight);
        Assert.Contains(sheet.Indicators, i => i.Name == "民生实事项目人大代表票决" && i.Target!.Comparison == TargetComparison.AtLeast);
        var result = new SelfEvaluationScorer().Score(sheet, null);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "P-WEIGHTS");
    }

    [Fact]
    public void Department_framework_template_matches_its_rule_set()
    {
        var template = IndicatorTemplateLibrary.Find("department-overall-2013")!;
        Assert.Equal(["投入", "过程", "产出", "效果"], template.Items.Select(i => i.Level1).Distinct());
        var rules = ScoringRuleSetLibrary.BuiltIn.Single(r => r.Name == "department-overall-2013");
        var result = new SelfEvaluationScorer(rules).Score(template.CreateSheet("某单位", 2024), null);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "P-WEIGHTS");
        Assert.Equal("headcount-control", result.Indicators.Single(s => s.Indicator.Name == "在职人员控制率").RuleId);
    }

    [Fact]
    public void A_template_whose_weights_miss_100_is_refused()
    {
        var text = Data.BuiltInData.Read("templates/performance/people-congress-standing-committee.json").Replace("\"executionWeight\": 10", "\"executionWeight\": 5", StringComparison.Ordinal);
        var e = Assert.Throws<FormatException>(() => IndicatorTemplateParser.Parse(text, "t.json"));
        Assert.Equal("指标模板文件 t.json 无效：预算执行率与各指标的分值之和为 95，应为 100。", e.Message);
    }
}
