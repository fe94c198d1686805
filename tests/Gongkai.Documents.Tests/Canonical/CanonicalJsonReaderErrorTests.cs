using System.Text;
using System.Text.Json.Nodes;
using Gongkai.Documents.Canonical;

namespace Gongkai.Documents.Tests.Canonical;

/// <summary>Every kind of bad input gives a DocumentReadException whose Chinese message names the file and the place.</summary>
public sealed class CanonicalJsonReaderErrorTests
{
    private const string Source = "bad-input.json";

    [Fact]
    public void Unknown_table_id_is_named()
    {
        var message = Fails(Mutate(root => Table(root, "T03")["table"] = "T10"));
        Assert.Contains("未知的表“T10”", message, StringComparison.Ordinal);

        // Only the canonical spelling: the enum name or a lower-case code is not accepted either.
        Assert.Contains("ExpenditureStatement", Fails(Mutate(root => Table(root, "T03")["table"] = "ExpenditureStatement")), StringComparison.Ordinal);
        Assert.Contains("t03", Fails(Mutate(root => Table(root, "T03")["table"] = "t03")), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_table_is_refused()
    {
        var message = Fails(Mutate(root => root["tables"]!.AsArray().Add(JsonNode.Parse("""{"table":"T07","rows":[]}"""))));
        Assert.Contains("表“T07”出现了不止一次", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_fixed_row_key_names_table_and_key()
    {
        var message = Fails(Mutate(root => Row(Table(root, "T02"), "Total")["key"] = "Totl"));
        Assert.Contains("公开02表（T02）", message, StringComparison.Ordinal);
        Assert.Contains("没有“Totl”这一行", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_mixing_digits_and_letters_is_not_a_code()
    {
        var message = Fails(Mutate(root => Row(Table(root, "T05"), "2010104")["key"] = "2010104a"));
        Assert.Contains("公开05表（T05） 中没有“2010104a”这一行", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coded_row_in_a_table_without_codes_is_refused()
    {
        var message = Fails(Mutate(root => Table(root, "T07")["rows"]!.AsArray().Add(JsonNode.Parse("""{"key":"301","cells":{"1":1}}"""))));
        Assert.Contains("公开07表（T07）", message, StringComparison.Ordinal);
        Assert.Contains("“301”", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("T05", "2010104", "4")]
    [InlineData("T05", "2010104", "0")]
    [InlineData("T05", "2010104", "01")]
    [InlineData("T05", "2010104", "x")]
    [InlineData("T01", "201", "1")]
    [InlineData("T01", "IncomeTotal", "2")]
    [InlineData("S", "GrandTotal", "1")]
    public void Column_not_in_the_template_for_that_row_is_named(string table, string key, string column)
    {
        var message = Fails(Mutate(root => ((JsonObject)Row(Table(root, table), key)["cells"]!)[column] = 1.5m));
        Assert.Contains($"（{table}）", message, StringComparison.Ordinal);
        Assert.Contains($"行“{key}”的栏次 {column} 不存在", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_row_key_is_named()
    {
        var message = Fails(Mutate(root =>
            Table(root, "T02")["rows"]!.AsArray().Add(JsonNode.Parse("""{"key":"2010104","label":"人大会议","cells":{"1":1}}"""))));
        Assert.Contains("公开02表（T02） 中行“2010104”重复出现", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"二十四\"", "二十四")]
    [InlineData("\"24.2万元\"", "24.2万元")]
    [InlineData("\"1,024.2\"", "1,024.2")]
    [InlineData("true", "true")]
    [InlineData("[24.2]", "[24.2]")]
    [InlineData("{\"v\":24.2}", "{\"v\":24.2}")]
    public void Amount_that_is_not_a_number_names_table_row_and_column(string json, string shown)
    {
        var message = Fails(Mutate(root => ((JsonObject)Row(Table(root, "T02"), "2010104")["cells"]!)["2"] = JsonNode.Parse(json)));
        Assert.Contains("公开02表（T02） 行“2010104”第 2 栏（财政拨款收入）", message, StringComparison.Ordinal);
        Assert.Contains($"“{shown}”不是数字", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_beyond_decimal_range_is_an_error_not_a_blank()
    {
        var text = SeedSample.Text.Replace("\"1\": 876.17", "\"1\": 1e400", StringComparison.Ordinal);
        var message = Fails(text);
        Assert.Contains("公开01表（T01） 行“GeneralPublicBudgetAppropriation”第 1 栏", message, StringComparison.Ordinal);
        Assert.Contains("超出", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Amount_given_as_numeric_text_is_accepted_with_its_scale()
    {
        var report = CanonicalJsonReader.Read(
            Mutate(root =>
            {
                var cells = (JsonObject)Row(Table(root, "T02"), "2010104")["cells"]!;
                cells["1"] = "24.20";
                cells["2"] = " -3.5 ";
                cells["3"] = "";
            }),
            Source);
        var row = report.Table(Gongkai.Model.DisclosureTableKind.IncomeStatement)!.Find("2010104")!;
        Assert.Equal(24.20m, row[1]);
        Assert.Equal(2, row[1]!.Value.Scale);
        Assert.Equal(-3.5m, row[2]);
        Assert.Null(row[3]);
    }

    [Fact]
    public void Count_that_is_not_whole_is_refused()
    {
        var message = Fails(Mutate(root => ((JsonObject)Row(Table(root, "S"), "ReceptionGroups")["cells"]!)["1"] = 20.5m));
        Assert.Contains("情况说明（S） 行“ReceptionGroups”第 1 栏", message, StringComparison.Ordinal);
        Assert.Contains("计数", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_or_foreign_format_is_named()
    {
        Assert.Contains("缺少 \"format\": \"gongkai.report\"", Fails(Mutate(root => root.Remove("format"))), StringComparison.Ordinal);
        Assert.Contains("gongkai.report", Fails(Mutate(root => root["format"] = "gongkai.templates")), StringComparison.Ordinal);
        Assert.Contains("gongkai.report", Fails("[1, 2, 3]"), StringComparison.Ordinal);
        Assert.Contains("gongkai.report", Fails("\"gongkai.report\""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2", "2")]
    [InlineData("\"1\"", "\"1\"")]
    [InlineData("1.5", "1.5")]
    public void Unsupported_version_is_named(string version, string shown)
    {
        var message = Fails(Mutate(root => root["version"] = JsonNode.Parse(version)));
        Assert.Contains($"格式版本 {shown} 不受支持", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_version_is_named()
    {
        Assert.Contains("缺少字段“version”", Fails(Mutate(root => root.Remove("version"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_gives_line_and_column()
    {
        const string text = "{\n  \"format\": \"gongkai.report\",\n  \"version\": 1\n  \"kind\": \"FinalAccounts\"\n}";
        var e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(text, Source));
        Assert.Contains("不是有效的 JSON（第 4 行，第 3 列）", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, e.Position?.Line);
    }

    [Fact]
    public void Column_counts_characters_not_bytes()
    {
        const string text = "{\"单位\": \"渌口\" x}";
        Assert.Contains("（第 1 行，第 13 列）", Fails(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_json_says_the_content_ended()
    {
        var text = SeedSample.Text[..(SeedSample.Text.Length / 2)];
        var message = Fails(text);
        Assert.Contains("不是有效的 JSON", message, StringComparison.Ordinal);
        Assert.Contains("意外结束", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_content_and_comments_are_syntax_errors()
    {
        Assert.Contains("不是有效的 JSON（第 1 行", Fails("{} {}"), StringComparison.Ordinal);
        Assert.Contains("不是有效的 JSON（第 1 行", Fails("{\"format\": \"gongkai.report\" /* c */}"), StringComparison.Ordinal);
        Assert.Contains("不是有效的 JSON", Fails("{\"a\": [1, 2,]}"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_deeper_than_64_is_refused_with_its_place()
    {
        static string Nested(int depth) =>
            "{\"format\": \"gongkai.report\", \"x\": " + new string('[', depth - 1) + new string(']', depth - 1) + "}";

        var message = Fails(Nested(65));
        Assert.Contains("嵌套超过 64 层（第 1 行，第 98 列）", message, StringComparison.Ordinal);

        // 64 levels are syntactically fine; the reader then stops at the unknown field instead.
        var at64 = Fails(Nested(64));
        Assert.DoesNotContain("嵌套", at64, StringComparison.Ordinal);
        Assert.Contains("未知字段“x”", at64, StringComparison.Ordinal);

        Assert.Contains("嵌套超过 64 层", Fails(new string('[', 100_000)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t ")]
    [InlineData("\uFEFF")]
    public void Empty_input_is_named(string text)
    {
        Assert.Contains("文件为空：" + Source, Fails(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_missing_and_oversized_files_are_named()
    {
        var dir = Directory.CreateTempSubdirectory("gongkai-canonical-");
        try
        {
            var empty = Path.Combine(dir.FullName, "empty.json");
            File.WriteAllBytes(empty, []);
            Assert.Contains("文件为空：" + empty, FailsFile(empty), StringComparison.Ordinal);

            var missing = Path.Combine(dir.FullName, "missing.json");
            Assert.Contains("找不到文件：" + missing, FailsFile(missing), StringComparison.Ordinal);
            Assert.Contains("找不到文件", FailsFile(Path.Combine(dir.FullName, "no-such-dir", "x.json")), StringComparison.Ordinal);

            var large = Path.Combine(dir.FullName, "large.json");
            using (var stream = File.Create(large))
            {
                stream.SetLength(CanonicalFormat.MaxBytes + 1);
            }

            var message = FailsFile(large);
            Assert.Contains("文件过大：" + large, message, StringComparison.Ordinal);
            Assert.Contains("上限 52428800 字节", message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Oversized_bytes_are_refused_before_parsing()
    {
        var bytes = new byte[CanonicalFormat.MaxBytes + 1];
        var e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(bytes, Source));
        Assert.Contains("文件过大", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_named_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"format\": \"gongkai.report\",\n\"x\": \"ab");
        byte[] broken = [.. bytes, 0xC3, 0x28, .. "\"}"u8.ToArray()];
        var message = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(broken, Source)).Message;
        Assert.Contains("不是有效的 UTF-8 文本（第 3 行，第 9 列附近）", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lone_surrogate_escape_is_a_syntax_error()
    {
        var message = Fails(Mutate(root => root["templateRegion"] = "PLACEHOLDER").Replace("PLACEHOLDER", "\\ud800", StringComparison.Ordinal));
        Assert.Contains("转义", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_and_duplicate_fields_are_refused()
    {
        var unknown = Fails(Mutate(root => Row(Table(root, "T02"), "2010104")["cell"] = new JsonObject()));
        Assert.Contains("公开02表（T02） 行“2010104” 中有未知字段“cell”", unknown, StringComparison.Ordinal);

        var duplicate = Fails(SeedSample.Text.Replace("\"1\": 876.17", "\"1\": 876.17, \"1\": 876.17", StringComparison.Ordinal));
        Assert.Contains("字段“1”重复出现", duplicate, StringComparison.Ordinal);
        Assert.Contains("行“GeneralPublicBudgetAppropriation”", duplicate, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_field_types_name_the_field()
    {
        Assert.Contains("单位信息（unit） 的字段“kind” 有误", Fails(Mutate(root => root["unit"]!["kind"] = "行政单位")), StringComparison.Ordinal);
        Assert.Contains("报表顶层 的字段“year” 有误", Fails(Mutate(root => root["year"] = "2020")), StringComparison.Ordinal);
        Assert.Contains("缺少字段“year”", Fails(Mutate(root => root.Remove("year"))), StringComparison.Ordinal);
        Assert.Contains("缺少字段“name”", Fails(Mutate(root => root["unit"]!.AsObject().Remove("name"))), StringComparison.Ordinal);
        Assert.Contains("字段“line” 有误", Fails(Mutate(root => Row(Table(root, "T01"), "201")["line"] = 0)), StringComparison.Ordinal);
        Assert.Contains("字段“rows” 有误", Fails(Mutate(root => Table(root, "T02")["rows"] = "none")), StringComparison.Ordinal);
        Assert.Contains("公开02表（T02） 的行清单（rows）第 3 项 有误", Fails(Mutate(root => Table(root, "T02")["rows"]![2] = 42)), StringComparison.Ordinal);
        Assert.Contains("公开02表（T02） 的行清单（rows）第 3 项 缺少字段“key”", Fails(Mutate(root => Table(root, "T02")["rows"]![2]!.AsObject().Remove("key"))), StringComparison.Ordinal);
        Assert.Contains("字段“printedUnit” 有误", Fails(Mutate(root => root["printedUnit"] = "千元")), StringComparison.Ordinal);
        Assert.Contains("字段“actualHeadcount” 有误", Fails(Mutate(root => root["unit"]!["actualHeadcount"] = -1)), StringComparison.Ordinal);
        Assert.Contains("名词解释（termDefinitions）第 2 项 缺少字段“definition”", Fails(Mutate(root => root["termDefinitions"]![1]!.AsObject().Remove("definition"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GrandTotal")]
    [InlineData("GrandTotal.Why")]
    [InlineData("Item.20101a.Change")]
    [InlineData(".Change")]
    [InlineData("收支总计.Change")]
    public void Reason_key_must_follow_the_documented_shape(string key)
    {
        var message = Fails(Mutate(root => root["reasons"]![key] = "原因"));
        Assert.Contains($"原因说明的键“{key}”格式有误", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreadable_cell_cannot_also_have_a_value()
    {
        var message = Fails(Mutate(root => Row(Table(root, "T02"), "2010104")["unreadable"] = new JsonObject { ["1"] = "24.2?" }));
        Assert.Contains("公开02表（T02） 行“2010104”第 1 栏（本年收入合计） 既有数值又标为无法识别", message, StringComparison.Ordinal);
    }

    private static string Fails(string json)
    {
        var e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(json, Source));
        Assert.Contains(Source, e.Message, StringComparison.Ordinal);
        Assert.Equal(Source, e.SourceName);
        return e.Message;
    }

    private static string FailsFile(string path) =>
        Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.ReadFile(path)).Message;

    private static string Mutate(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(SeedSample.Text)!.AsObject();
        change(root);
        return root.ToJsonString();
    }

    private static JsonObject Table(JsonObject root, string id) =>
        root["tables"]!.AsArray().Single(t => (string?)t!["table"] == id)!.AsObject();

    private static JsonObject Row(JsonObject table, string key) =>
        table["rows"]!.AsArray().Single(r => (string?)r!["key"] == key)!.AsObject();
}
