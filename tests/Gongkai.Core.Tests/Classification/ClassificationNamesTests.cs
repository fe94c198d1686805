using Gongkai.Classification;

namespace Gongkai.Core.Tests.Classification;

public sealed class ClassificationNamesTests
{
    [Theory]
    [InlineData("人大代表履职能力提 升", "人大代表履职能力提升")] // PDF line wrap in seed 001 公开02表
    [InlineData("人大\u3000事务", "人大事务")] // full-width space
    [InlineData("七、住房保障支出", "住房保障支出")] // 公开01表 ordinal
    [InlineData("十一、其他支出", "其他支出")]
    [InlineData("（一）一般公共服务支出", "一般公共服务支出")]
    [InlineData("(二)外交支出", "外交支出")]
    [InlineData("1、行政运行", "行政运行")]
    [InlineData("（3）人大会议", "人大会议")]
    [InlineData("因公出国(境)费用", "因公出国（境）费用")]
    [InlineData("一般公共服务（类）", "一般公共服务支出")] // 情况说明 style
    [InlineData("一般公共服务(类)支出", "一般公共服务支出")]
    [InlineData("人大事务（款）", "人大事务")]
    [InlineData("行政运行(项)", "行政运行")]
    public void Matches_printed_variants_of_the_official_name(string printed, string official) =>
        Assert.True(ClassificationNames.Matches(printed, official));

    [Theory]
    [InlineData("一般公共预算服务(类)", "一般公共服务支出")] // seed 001 情况说明 error (EXPECTED.md #5)
    [InlineData("一般公共预算服务（类）支出", "一般公共服务支出")]
    [InlineData("人大会议", "人大监督")]
    [InlineData("一般公共服务", "一般公共服务支出")] // without a 类 marker, a dropped 支出 is a different name
    [InlineData("行政运行费", "行政运行")]
    public void Does_not_match_a_different_name(string printed, string official) =>
        Assert.False(ClassificationNames.Matches(printed, official));

    [Theory]
    [InlineData(" 一、 一般公共服务支出 ", "一般公共服务支出")]
    [InlineData("一般公共服务支出", "一般公共服务支出")] // 一 here starts the name, it is not an ordinal
    [InlineData("因公出国(境)费用", "因公出国（境）费用")]
    [InlineData("资本性支出（基本建设）", "资本性支出（基本建设）")] // a bracket that is part of the name stays
    [InlineData("（类）", "（类）")] // nothing but a marker: kept, never emptied
    [InlineData("二十一、住房保障支出（类）", "住房保障支出")]
    public void Normalize(string name, string expected) => Assert.Equal(expected, ClassificationNames.Normalize(name));
}
