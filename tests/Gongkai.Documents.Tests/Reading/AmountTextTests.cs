using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Printed amounts: widths, separators, dashes, parentheses, units.</summary>
public sealed class AmountTextTests
{
    [Theory]
    [InlineData("876.17", "876.17")]
    [InlineData("１２３．４５", "123.45")]
    [InlineData("1,033.50", "1033.50")]
    [InlineData("１，０３３．５", "1033.5")]
    [InlineData("(12.5)", "-12.5")]
    [InlineData("（12.5）", "-12.5")]
    [InlineData("-3.27", "-3.27")]
    [InlineData(" 24.20 ", "24.20")]
    public void NumbersKeepTheirPrintedScale(string printed, string expected)
    {
        var parsed = AmountText.Parse(printed);
        Assert.Equal(AmountTextKind.Number, parsed.Kind);
        Assert.Equal(expected, parsed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("－")]
    [InlineData("　")]
    public void DashesAndEmptyAreBlank(string printed) => Assert.Equal(AmountTextKind.Blank, AmountText.Parse(printed).Kind);

    [Theory]
    [InlineData("l2.5")]
    [InlineData("12.5分")]
    [InlineData("1,03.5")]
    [InlineData("1.2.3")]
    [InlineData("见附表")]
    public void OtherTextIsNotANumber(string printed) => Assert.Equal(AmountTextKind.NotNumber, AmountText.Parse(printed).Kind);

    [Fact]
    public void YuanBecomesWanExactly()
    {
        var wan = AmountText.ToWan(8761700.00m, AmountUnit.Yuan);
        Assert.Equal(876.17m, wan);
        Assert.Equal("876.170000", wan.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.0001m, AmountText.ToWan(1m, AmountUnit.Yuan));
    }

    [Theory]
    [InlineData("单位：万元", AmountUnit.Wan)]
    [InlineData("金额单位: 元", AmountUnit.Yuan)]
    [InlineData("单位：元", AmountUnit.Yuan)]
    public void UnitsAreRecognised(string text, AmountUnit unit) => Assert.Equal(unit, AmountText.UnitOf(text));
}
