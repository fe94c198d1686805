using Gongkai.Classification;

namespace Gongkai.Core.Tests.Classification;

public sealed class CatalogueCsvParserTests
{
    private const string Header = "code,name,level,parent,verified,from_year,to_year,basis";

    [Fact]
    public void Parses_every_column_with_bom_crlf_and_quoted_fields()
    {
        var text = "\uFEFF" + Header + "\r\n"
            + "201,一般公共服务支出,类,,true,,,\"seed 001, 公开02表\"\r\n"
            + "20101,人大事务,款,201,false,2019,2023,\"say \"\"maybe\"\"\"\r\n"
            + "2010101,\"行政\n运行\",项,20101,false,,,\r\n";

        var entries = CatalogueCsvParser.Parse(text, ClassificationScheme.Functional, "f.csv");

        Assert.Equal(3, entries.Count);
        Assert.Equal(
            new ClassificationEntry(ClassificationScheme.Functional, "201", "一般公共服务支出", ClassificationLevel.Class, null, true, null, null, "seed 001, 公开02表"),
            entries[0]);
        Assert.Equal(
            new ClassificationEntry(ClassificationScheme.Functional, "20101", "人大事务", ClassificationLevel.Section, "201", false, 2019, 2023, "say \"maybe\""),
            entries[1]);
        Assert.Equal("行政\n运行", entries[2].Name);
        Assert.Equal(ClassificationLevel.Item, entries[2].Level);
        Assert.Null(entries[2].Basis);
    }

    [Fact]
    public void Derives_level_and_parent_from_the_code_when_only_code_and_name_are_given()
    {
        var entries = CatalogueCsvParser.Parse("code,name\n221,住房保障支出\n22102,住房改革支出\n2210201,住房公积金\n", ClassificationScheme.Functional, "f.csv");

        Assert.Equal(["221", "22102", "2210201"], entries.Select(e => e.Code));
        Assert.Equal([ClassificationLevel.Class, ClassificationLevel.Section, ClassificationLevel.Item], entries.Select(e => e.Level));
        Assert.Equal([null, "221", "22102"], entries.Select(e => e.ParentCode));
        Assert.All(entries, e => Assert.False(e.Verified));
    }

    [Fact]
    public void Reads_chinese_headers_below_a_title_row_and_ignores_unknown_columns()
    {
        var text = "2021年政府收支分类科目,,,,\n"
            + "科目编码,科目名称,级次,上级编码,说明\n"
            + "301,工资福利支出,1,,反映…\n"
            + "30101, 基本工资 ,2,301,\n";

        var entries = CatalogueCsvParser.Parse(text, ClassificationScheme.DepartmentEconomic, "e.csv");

        Assert.Equal(2, entries.Count);
        Assert.Equal(ClassificationScheme.DepartmentEconomic, entries[1].Scheme);
        Assert.Equal("基本工资", entries[1].Name);
        Assert.Equal("301", entries[1].ParentCode);
    }

    [Fact]
    public void Allows_one_code_twice_when_the_years_do_not_overlap()
    {
        var text = Header + "\n210,医疗卫生与计划生育支出,类,,false,,2018,\n210,卫生健康支出,类,,false,2019,,\n";

        var entries = CatalogueCsvParser.Parse(text, ClassificationScheme.Functional, "f.csv");

        Assert.Equal(2, entries.Count);
        var catalogue = new ClassificationCatalogue(entries);
        Assert.Equal("医疗卫生与计划生育支出", catalogue.Find(ClassificationScheme.Functional, "210", 2018)!.Name);
        Assert.Equal("卫生健康支出", catalogue.Find(ClassificationScheme.Functional, "210", 2019)!.Name);
    }

    [Theory]
    [InlineData("code,name\n201,一般公共服务支出\n20A01,人大事务\n", 3, "应全为数字")]
    [InlineData("code,name\n201,一般公共服务支出\n201010,人大事务\n", 3, "为 6 位")]
    [InlineData("code,name\n201,\n", 2, "名称为空")]
    [InlineData("code,name\n,人大事务\n", 2, "科目编码为空")]
    [InlineData("code,name,level\n20101,人大事务,项\n", 2, "级次“项”")]
    [InlineData("code,name,parent\n20101,人大事务,202\n", 2, "应为 201")]
    [InlineData("code,name,parent\n201,一般公共服务支出,2\n", 2, "类级科目")]
    [InlineData("code,name,verified\n201,一般公共服务支出,maybe\n", 2, "verified")]
    [InlineData("code,name,from_year\n201,一般公共服务支出,20x0\n", 2, "from_year")]
    [InlineData("code,name,from_year,to_year\n201,一般公共服务支出,2021,2020\n", 2, "晚于")]
    [InlineData("code,name\n201,一般公共服务支出\n\n201,其他\n", 4, "与第 2 行重复")]
    [InlineData("code,name\n201,\"一般公共服务支出\n", 2, "引号未闭合")]
    [InlineData("code,name\n201,\"一般\"x\n", 2, "引号后有多余字符")]
    [InlineData("编号,名字\n201,一般公共服务支出\n", 2, "找不到表头")]
    [InlineData("code,code,name\n", 1, "重复")]
    [InlineData("", 1, "找不到表头")]
    public void A_malformed_row_gives_a_chinese_message_with_file_and_line(string text, int line, string what)
    {
        var e = Assert.Throws<CatalogueFormatException>(() => CatalogueCsvParser.Parse(text, ClassificationScheme.Functional, "用户科目.csv"));

        Assert.IsAssignableFrom<FormatException>(e);
        Assert.StartsWith($"科目目录文件 用户科目.csv 第 {line} 行有误：", e.Message);
        Assert.Contains(what, e.Message);
        Assert.Equal(line, e.Line);
    }

    [Fact]
    public void An_economic_scheme_refuses_a_seven_digit_code()
    {
        var e = Assert.Throws<CatalogueFormatException>(() =>
            CatalogueCsvParser.Parse("code,name\n3010101,基本工资\n", ClassificationScheme.DepartmentEconomic, "e.csv"));

        Assert.Contains("应为 3/5 位", e.Message);
    }
}
