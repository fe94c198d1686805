using Gongkai.Performance;

namespace Gongkai.Core.Tests.Performance;

public sealed class IndicatorTargetTests
{
    [Theory]
    [InlineData("≥9次调研", TargetComparison.AtLeast, "9", "次调研")]
    [InlineData("≤100%", TargetComparison.AtMost, "100", "%")]
    [InlineData("=1次", TargetComparison.Equal, "1", "次")]
    [InlineData("　1次", TargetComparison.Value, "1", "次")]
    [InlineData("100%", TargetComparison.Value, "100", "%")]
    [InlineData(">=95%", TargetComparison.AtLeast, "95", "%")]
    [InlineData("不低于90%", TargetComparison.AtLeast, "90", "%")]
    public void Comparisons_with_a_number_and_unit(string text, TargetComparison comparison, string value, string unit)
    {
        var t = IndicatorTarget.Parse(text)!;
        Assert.Equal(comparison, t.Comparison);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), t.Value);
        Assert.Equal(unit, t.Unit);
    }

    [Fact]
    public void A_range_has_both_ends()
    {
        var t = IndicatorTarget.Parse("90%-100%")!;
        Assert.Equal(TargetComparison.Range, t.Comparison);
        Assert.Equal(90m, t.Value);
        Assert.Equal(100m, t.UpperValue);
        Assert.Equal("%", t.Unit);
    }

    [Fact]
    public void A_level_word_is_qualitative_and_blank_is_nothing()
    {
        Assert.Equal(TargetComparison.Qualitative, IndicatorTarget.Parse("有效促进")!.Comparison);
        Assert.Null(IndicatorTarget.Parse("　"));
        Assert.Null(MeasuredValue.Parse("-"));
        Assert.Equal(134.38m, MeasuredValue.Parse("　134.38%")!.Number);
    }
}
