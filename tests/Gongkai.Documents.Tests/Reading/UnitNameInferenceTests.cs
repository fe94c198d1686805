using Gongkai.Documents.Reading;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>The unit's name and region when the document has no cover or title naming them.</summary>
public sealed class UnitNameInferenceTests
{
    [Fact]
    public void Seed_002_names_itself_only_as_区人大常委会_and_keeps_naming_蒸湘区_so_the_unit_is_蒸湘区人大常委会()
    {
        var read = DocumentReaders.Read(Path.Combine(SeedDocuments.Folder, "002_160d35ce382d8253.txt"));

        Assert.Equal("蒸湘区人大常委会", read.Report.Unit.Name);
        Assert.Equal("蒸湘区", read.Report.Unit.Region);
        Assert.DoesNotContain(read.Notes, n => n.Message.Contains("单位名称", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_003_names_no_place_so_no_name_is_guessed()
    {
        var read = DocumentReaders.Read(Path.Combine(SeedDocuments.Folder, "003_098ae345efe4bca6.txt"));

        Assert.Equal("", read.Report.Unit.Name);
        Assert.Null(read.Report.Unit.Region);
    }

    [Theory]
    [InlineData("001_424111e6d4059655.txt", "株洲市渌口区人大常委会", "株洲市渌口区")]
    [InlineData("000_2ebd7fdb74714a1e.txt", "株洲市渌口区人大常委会", "株洲市渌口区")]
    [InlineData("004_f345c05e6f8977cf.txt", "益阳市资阳区人民代表大会常务委员会", "益阳市资阳区")]
    public void The_region_is_the_place_part_of_the_name_read_from_the_title(string file, string unit, string region)
    {
        var read = DocumentReaders.Read(Path.Combine(SeedDocuments.Folder, file));

        Assert.Equal(unit, read.Report.Unit.Name);
        Assert.Equal(region, read.Report.Unit.Region);
    }

    [Fact]
    public void A_text_whose_subject_is_区财政局_and_whose_place_is_named_five_times_gives_the_full_name()
    {
        var text = string.Join('\n',
            "2022年度部门整体支出绩效评价报告",
            "一、基本情况",
            "区财政局负责全区财政收支管理。东湖区经济平稳运行，东湖区财政收入增长。",
            "1、区财政局加强预算管理，东湖区各单位预算执行率提高。",
            "二、主要成效",
            "区财政局推进绩效管理，审议了区人民政府报告。东湖区重点项目完成，东湖区民生支出增加。");

        var read = DocumentReaders.Read(System.Text.Encoding.UTF8.GetBytes(text), "x.txt");

        Assert.Equal("东湖区财政局", read.Report.Unit.Name);
        Assert.Equal("东湖区", read.Report.Unit.Region);
    }

    [Fact]
    public void A_place_named_as_often_as_another_is_ambiguous_and_gives_no_name()
    {
        var text = string.Join('\n',
            "2022年度部门整体支出绩效评价报告",
            "区财政局负责全区财政收支管理。东湖区东湖区东湖区东湖区东湖区西湖区西湖区西湖区西湖区西湖区发展。");

        var read = DocumentReaders.Read(System.Text.Encoding.UTF8.GetBytes(text), "y.txt");

        Assert.Equal("", read.Report.Unit.Name);
    }
}
