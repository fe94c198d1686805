using System.Text;
using Gongkai.Documents.Ledgers;
using Gongkai.Ledgers;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Ledgers;

public sealed class LedgerCsvReaderTests
{
    private const string Header = "类型,功能分类科目编码,经济分类科目编码,支出用途,资金来源,金额,项目,栏次,内容";
    private const string UnitRows = "单位,,,,,,名称,,测试局\n单位,,,,,,年度,,2020\n";

    private static DocumentReadException Fails(string text, string name = "bad.csv") =>
        Assert.Throws<DocumentReadException>(() => LedgerCsvReader.Parse(text, name));

    [Fact]
    public void Every_bad_row_is_listed_with_file_line_and_column_and_no_ledger_is_returned()
    {
        var text = Header + "\n" + UnitRows + """
            支岀,2010101,30101,基本支出,一般公共预算财政拨款,1,,,
            支出,20101A1,30101,基本支出,一般公共预算财政拨款,1,,,
            支出,2010101,3010,基本支出,一般公共预算财政拨款,1,,,
            支出,2010101,30101,基本支出,一般公共预算财政拨款,十二,,,
            支出,2010101,30101,,一般公共预算财政拨款,1,,,
            收入,2010101,,,一般公共预算财政拨款,1.1234567,,,
            说明,,,,,1,NoSuchFigure,,
            三公预算,,,,,1,公务餐费,,
            支出,2010101,30101,基本支出,一般公共预算财政拨款,1,,,
            """;

        var e = Fails(text);

        Assert.StartsWith("台账文件 bad.csv 有 8 处错误，未生成报表：", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 4 行，“类型”列：未知的类型“支岀”", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 5 行，“功能分类科目编码”列：功能分类科目编码“20101A1”应为 5 位（款）或 7 位（项）数字", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 6 行，“经济分类科目编码”列：经济分类科目编码“3010”应为 5 位数字", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 7 行，“金额”列：金额“十二”不是数字", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 8 行，“支出用途”列：“支出”行必须填写此列", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 9 行，“金额”列：金额“1.1234567”的小数超过 6 位", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 10 行，“项目”列：情况说明数字“NoSuchFigure”不存在", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 11 行，“项目”列：未知的“三公”经费项目“公务餐费”", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第 12 行", e.Message, StringComparison.Ordinal);
        Assert.Equal("bad.csv", e.SourceName);
        Assert.Equal(4, e.Position?.Line);
    }

    [Fact]
    public void Messages_name_the_column_as_the_file_heads_it()
    {
        var e = Fails("type,functional_code,economic_code,use,source,amount\nunit\nexpenditure,2010101,30101,basic,general_public_budget,abc\n", "en.csv");

        Assert.Contains("en.csv 第 3 行，“amount”列：金额“abc”不是数字", e.Message, StringComparison.Ordinal);
        Assert.Contains("en.csv 第 2 行，“项目”列：“单位”行必须填写此列", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_first_twenty_errors_are_listed()
    {
        var rows = string.Concat(Enumerable.Range(0, 25).Select(_ => "支出,2010101,30101,基本支出,一般公共预算财政拨款,x,,,\n"));

        var e = Fails(Header + "\n" + UnitRows + rows);

        Assert.StartsWith("台账文件 bad.csv 有 25 处错误", e.Message, StringComparison.Ordinal);
        Assert.Contains("第 23 行", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("第 24 行", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("……另有 5 处错误未列出。", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_type_or_amount_is_refused_and_unknown_columns_are_named()
    {
        var e = Fails("类型,功能分类科目编码,备注\n支出,2010101,x\n");

        Assert.Contains("bad.csv：第 1 行应为表头，缺少列：金额", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 1 行，“备注”列：未知的列名“备注”", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ledger_without_name_or_year_or_data_is_refused()
    {
        Assert.Contains("bad.csv：缺少单位信息“名称”", Fails(Header + "\n单位,,,,,,年度,,2020\n支出,2010101,30101,基本支出,一般公共预算财政拨款,1,,,\n").Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv：缺少单位信息“年度”", Fails(Header + "\n单位,,,,,,名称,,测试局\n").Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv：没有任何数据行。", Fails(Header + "\n").Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv：没有任何数据行。", Fails("\uFEFF\n\n").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unit_facts_with_bad_values_are_reported_at_their_column()
    {
        var e = Fails(Header + "\n单位,,,,,,名称,,测试局\n单位,,,,,,年度,,二〇二〇\n单位,,,,,,编制数,,24.5\n单位,,,,,,单位性质,,企业\n单位,,,,,,电话,,123\n");

        Assert.Contains("bad.csv 第 3 行，“内容”列：年度“二〇二〇”无效", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 4 行，“内容”列：“24.5”不是整数", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 5 行，“内容”列：未知的单位性质“企业”", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 6 行，“项目”列：未知的单位信息“电话”", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_figures_are_checked_against_the_template()
    {
        var e = Fails(Header + "\n" + UnitRows + """
            说明,,,,,1,GrandTotal,1,
            说明,,,,,1,AgencyOperatingCost,,
            说明,,,,,1,AgencyOperatingCost,9,
            说明,,,,,20.5,ReceptionGroups,,
            说明,,,,,1,ReceptionVisitors,1,
            说明,,,,,2,ReceptionVisitors,本年数,
            """);

        Assert.Contains("bad.csv 第 4 行，“栏次”列：栏次“1”无效，“GrandTotal”可用的栏次：3 上年决算数", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 5 行，“栏次”列：“AgencyOperatingCost”有多个栏次，必须填写栏次（1 本年数、2 年初预算数、3 上年决算数）", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 6 行，“栏次”列：栏次“9”无效", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 7 行，“金额”列：“20.5”不是整数", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 9 行，“项目”列：情况说明数字“ReceptionVisitors”第 1 栏重复（第 8 行已填写）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_fields_bom_crlf_comments_english_headers_and_aliases_are_read()
    {
        var text = "\uFEFFType,Functional_Code,Economic Code,Use,Source,Amount,Item,Column,Text\r\n"
            + "# a comment, with commas\r\n"
            + "unit,,,,,,name,,\"株洲市渌口区人大常委会\"\r\n"
            + "单位,,,,,,year,,2020年\r\n"
            + "单位,,,,,,部门职责,,\"（一）保证宪法、法律\r\n的遵守和执行。\"\r\n"
            + "\r\n"
            + "expenditure,2010104,30215,项目,一般公共预算,24.20,,,\"会议费, 第一次\"\r\n"
            + "支出,20899,,经营支出,其他收入,-1.5,,,\r\n"
            + "说明,,,,,8.2,OfficialOverseasTravel,上年决算数,\r\n"
            + "说明,,,,,589.64,2010101,,\r\n"
            + "原因,,,,,,GrandTotal,,\"新增4名\"\"工作人员\"\"\"\r\n"
            + "三公预算,,,,,2.01,公务接待费,,\r\n"
            + "三公决算,,,,,0,因公出国(境)费,,\r\n"
            + "科目名称,201,301,,,,,,一般公共服务支出\r\n";

        var ledger = LedgerCsvReader.Parse(text, "ok.csv");

        Assert.Equal("株洲市渌口区人大常委会", ledger.Unit.Name);
        Assert.Equal(2020, ledger.Year);
        Assert.Equal("（一）保证宪法、法律\r\n的遵守和执行。", Assert.Single(ledger.Unit.Duties));
        Assert.Equal(8, ledger.Lines.Count);
        var spend = ledger.Lines[0];
        Assert.Equal(LedgerLineType.Expenditure, spend.Type);
        Assert.Equal(ExpenditureUse.Project, spend.Use);
        Assert.Equal(FundingSource.GeneralPublicBudget, spend.Source);
        Assert.Equal("24.20", spend.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("会议费, 第一次", spend.Text);
        Assert.Equal(8, spend.SourceLine);
        Assert.Equal(-1.5m, ledger.Lines[1].Amount);
        Assert.Null(ledger.Lines[1].EconomicCode);
        Assert.Equal(("OfficialOverseasTravel", 3), (ledger.Lines[2].Key, ledger.Lines[2].Column));
        Assert.Equal(("2010101", 2), (ledger.Lines[3].Key, ledger.Lines[3].Column));
        Assert.Equal("新增4名\"工作人员\"", ledger.Lines[4].Text);
        Assert.Equal(ThreePublicCostItem.OfficialReception, ledger.Lines[5].ThreePublicItem);
        Assert.Equal(ThreePublicCostItem.OfficialOverseasTravel, ledger.Lines[6].ThreePublicItem);
        Assert.Equal(LedgerLineType.ThreePublicCostsActual, ledger.Lines[6].Type);
        Assert.Equal(("201", "301", "一般公共服务支出"), (ledger.Lines[7].FunctionalCode, ledger.Lines[7].EconomicCode, ledger.Lines[7].Text));
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_or_an_open_quote_is_refused()
    {
        var e = Fails(Header + "\n" + UnitRows + "支出,2010101,30101,基本支出,一般公共预算财政拨款,1,000.5,,,,x\n收入,2010101,,,一般公共预算,\"1\n");

        Assert.Contains("bad.csv 第 4 行：字段数（11）多于表头的列数（9）", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad.csv 第 5 行：引号未闭合（从第 5 行开始的字段）", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_with_the_line()
    {
        var gbk = new byte[] { 0xC0, 0xE0, 0xD0, 0xCD }; // 类型 in GBK
        var bytes = Encoding.UTF8.GetBytes(Header + "\n" + UnitRows).Concat(gbk).Concat("\n"u8.ToArray()).ToArray();

        var e = Assert.Throws<DocumentReadException>(() => LedgerCsvReader.Read(new MemoryStream(bytes), "gbk.csv"));

        Assert.Equal("gbk.csv 不是 UTF-8 编码的文本（第 4 行附近），请在表格软件中另存为“CSV UTF-8”。", e.Message);
    }

    [Fact]
    public void Missing_and_oversized_files_are_refused()
    {
        var dir = Directory.CreateTempSubdirectory("gongkai-ledger-");
        try
        {
            var missing = Path.Combine(dir.FullName, "none.csv");
            Assert.Equal("找不到文件：" + missing, Assert.Throws<DocumentReadException>(() => LedgerCsvReader.Read(missing)).Message);

            var big = Path.Combine(dir.FullName, "big.csv");
            using (var stream = File.Create(big))
            {
                stream.SetLength(LedgerCsvReader.MaxBytes + 1);
            }

            var e = Assert.Throws<DocumentReadException>(() => LedgerCsvReader.Read(big));
            Assert.Equal($"文件过大：{big}（52428801 字节，上限 52428800 字节）", e.Message);

            var ok = Path.Combine(dir.FullName, "ok.csv");
            File.WriteAllText(ok, Header + "\n" + UnitRows + "收入,2010101,,,一般公共预算,1,,,\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            Assert.Equal(1m, Assert.Single(LedgerCsvReader.Read(ok).Lines).Amount);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
