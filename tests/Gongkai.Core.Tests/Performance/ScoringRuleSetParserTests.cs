using System.Text.Json.Nodes;
using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

public sealed class ScoringRuleSetParserTests
{
    private static string DefaultText() => Data.BuiltInData.Read("rules/performance/default-2020.json");

    private static string Edit(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(DefaultText())!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Default_set_has_the_2020_weights()
    {
        var rules = ScoringRuleSetLibrary.Default;
        Assert.Equal(10m, rules.ExecutionWeight);
        Assert.Equal([50m, 30m, 10m], rules.Groups.Select(g => g.Weight));
        Assert.Equal("优", rules.GradeOf(90m));
        Assert.Equal("良", rules.GradeOf(89.99m));
        Assert.Equal("中", rules.GradeOf(60m));
        Assert.Equal("差", rules.GradeOf(59.99m));
        Assert.Equal(2, ScoringRuleSetLibrary.BuiltIn.Count);
    }

    [Fact]
    public void Weights_not_adding_up_to_100_are_refused()
    {
        var text = Edit(n => n["groups"]![0]!["weight"] = 40);
        var e = Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse(text, "my.json"));
        Assert.Equal("评分规则文件 my.json 无效，未使用：各组分值之和应为 100：预算执行率 10 + 产出指标 40 + 效益指标 30 + 满意度指标 10 = 90。", e.Message);
    }

    [Fact]
    public void An_unknown_indicator_kind_is_refused()
    {
        var text = Edit(n => n["indicators"]![0]!["kind"] = "staffHappiness");
        var e = Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse(text, "my.json"));
        Assert.Contains("指标规则“headcount-control”的类型“staffHappiness”未知", e.Message, StringComparison.Ordinal);
        Assert.Contains("publicFundsControlRate", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_scoring_type_or_field_is_refused()
    {
        var type = Edit(n => n["indicators"]![0]!["scoring"]!["type"] = "lottery");
        Assert.Contains("计分方式“lottery”未知", Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse(type, "x.json")).Message, StringComparison.Ordinal);
        var field = Edit(n => n["groups"]![1]!["wieght"] = 1);
        Assert.Contains("未知字段“wieght”", Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse(field, "x.json")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_refused_with_its_position()
    {
        var e = Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse("{\n  \"format\": \"gongkai.scoring\",\n  \"version\" 1\n}", "bad.json"));
        Assert.StartsWith("评分规则文件 bad.json 无效，未使用：不是有效的 JSON（第 3 行", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rules_file_of_another_format_is_refused()
    {
        var e = Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse(Data.BuiltInData.Read("rules/final-accounts/default-2017.json"), "a.json"));
        Assert.Contains("gongkai.scoring", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bands_out_of_order_are_refused()
    {
        var text = Edit(n => n["indicators"]![5]!["scoring"]!["bands"]![1]!["upTo"] = -5);
        Assert.Contains("分档应按上限从小到大排列", Assert.Throws<FormatException>(() => ScoringRuleSetParser.Parse(text, "x.json")).Message, StringComparison.Ordinal);
    }
}
