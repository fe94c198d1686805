using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gongkai.Checks;
using Gongkai.Storage;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Tests;

public sealed class AuditUploadTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Api_audit_of_seed_001_gives_the_findings_of_the_auditor_in_the_cli_json_form()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var json = await File.ReadAllTextAsync(WebTestData.Seed001Path);

        using var response = await client.PostAsync("/api/audit", Upload(WebTestData.Seed001Bytes(), "seed-001.json"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = Assert.Single(body.GetProperty("documents").EnumerateArray());
        Assert.Equal("seed-001.json", document.GetProperty("path").GetString());
        Assert.Equal("株洲市渌口区人大常委会", document.GetProperty("unit").GetString());
        Assert.Equal(2020, document.GetProperty("year").GetInt32());
        var reference = WebTestData.ReferenceAudit(json, "seed-001.json");
        AssertSameFindings(reference, document);
        Assert.Equal(reference.Outcomes.Count, document.GetProperty("rules").GetProperty("total").GetInt32());
        Assert.Equal(reference.Count(RuleState.Passed), document.GetProperty("rules").GetProperty("passed").GetInt32());
    }

    [Theory]
    [InlineData("001_424111e6d4059655.txt")]
    [InlineData("003_098ae345efe4bca6.txt")]
    [InlineData("004_f345c05e6f8977cf.txt")]
    public async Task Upload_of_a_published_seed_gives_the_findings_of_gongkai_audit(string seed)
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var path = Path.Combine(Path.GetDirectoryName(WebTestData.Seed001Path)!, "..", "..", "shared", "seeds", seed);
        var reference = new Documents.Auditing.PublishedDocumentAuditor(
            new CheckEngine(RuleSetLibrary.BuiltIn, Templates.TemplateLibrary.BuiltIn, Classification.ClassificationCatalogue.BuiltIn),
            Templates.TemplateLibrary.BuiltIn).Audit(path).Result;
        Assert.Contains(reference.Findings, f => f.Severity == Severity.Error);

        using var response = await client.PostAsync("/api/audit", Upload(await File.ReadAllBytesAsync(path), seed));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSameFindings(reference, body.GetProperty("documents")[0]);
    }

    [Fact]
    public async Task Upload_of_a_web_page_gives_the_findings_of_gongkai_audit()
    {
        // A disclosure published as a web page: seed 001's model with one amount changed, written as HTML.
        var report = Documents.Canonical.CanonicalJsonReader.Read(await File.ReadAllTextAsync(WebTestData.Seed001Path), "seed-001.json");
        report.Table(Model.DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010101")![1] = 600.00m;
        var bytes = System.Text.Encoding.UTF8.GetBytes(Documents.Export.HtmlReportWriter.Write(report));
        var reference = new Documents.Auditing.PublishedDocumentAuditor(
            new CheckEngine(RuleSetLibrary.BuiltIn, Templates.TemplateLibrary.BuiltIn, Classification.ClassificationCatalogue.BuiltIn),
            Templates.TemplateLibrary.BuiltIn).Audit(bytes, "渌口区2020决算.html").Result;
        Assert.Contains(reference.Findings, f => f.Severity == Severity.Error);

        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        using var response = await client.PostAsync("/api/audit", Upload(bytes, "渌口区2020决算.html"));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertSameFindings(reference, body.GetProperty("documents")[0]);
    }

    [Fact]
    public async Task A_changed_amount_gives_an_error_finding_in_the_api_and_on_the_page()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var original = await File.ReadAllTextAsync(WebTestData.Seed001Path);
        var changed = ReplaceFirst(original, "\"1\": 657.19", "\"1\": 657.29");
        var reference = WebTestData.ReferenceAudit(changed, "changed.json");
        Assert.Contains(reference.Findings, f => f.Severity == Severity.Error);

        using var api = await client.PostAsync("/api/audit", Upload(Encoding.UTF8.GetBytes(changed), "changed.json"));
        var document = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("documents")[0];
        var html = await PostFormAsync(client, Encoding.UTF8.GetBytes(changed), "changed.json");

        AssertSameFindings(reference, document);
        Assert.Contains(document.GetProperty("findings").EnumerateArray(), f => f.GetProperty("severity").GetString() == "error");
        Assert.Equal(HttpStatusCode.OK, html.Status);
        Assert.Contains("<span class=\"severity error\">错误</span>", html.Body, StringComparison.Ordinal);
        Assert.Contains($"共发现 {reference.Findings.Count} 项问题：错误 {reference.Count(Severity.Error)} 项", html.Body, StringComparison.Ordinal);
        var first = reference.Findings.First(f => f.Severity == Severity.Error);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(first.Message).Replace("&#39;", "'", StringComparison.Ordinal)[..10], html.Body, StringComparison.Ordinal);
        Assert.Contains("changed.json：株洲市渌口区人大常委会 2020年部门决算", html.Body, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync());
    }

    [Fact]
    public async Task The_upload_form_carries_an_anti_forgery_token_and_a_post_without_it_is_refused()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var page = await client.GetStringAsync("/audit");
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        Assert.NotEmpty(WebTestData.FormToken(page));

        using var response = await client.PostAsync("/audit", Upload(WebTestData.Seed001Bytes(), "seed-001.json"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("缺少防伪令牌", html, StringComparison.Ordinal);
        Assert.DoesNotContain("共发现", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_from_another_client_is_refused_too()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var owner = factory.CreateClient();
        using var other = factory.CreateClient();
        var token = WebTestData.FormToken(await owner.GetStringAsync("/audit"));

        var content = Upload(WebTestData.Seed001Bytes(), "seed-001.json");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        using var response = await other.PostAsync("/audit", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("缺少防伪令牌", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_20_MB_is_refused_with_413_and_a_Chinese_message_on_api_and_page()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var big = new byte[(20 * 1024 * 1024) + 1];
        big.AsSpan().Fill((byte)' ');

        using var api = await client.PostAsync("/api/audit", Upload(big, "big.json"));
        var page = await PostFormAsync(client, big, "big.json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, api.StatusCode);
        Assert.Equal("application/json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal("big.json 过大，上限为 20 MB，未作处理。", await ErrorAsync(api));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, page.Status);
        Assert.Contains("过大，上限为 20 MB，未作处理。", page.Body, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync());
    }

    [Fact]
    public async Task A_file_just_over_a_configured_limit_is_named_in_the_refusal()
    {
        await using var factory = new GongkaiWebFactory(temp.Path) { UploadLimitBytes = 100 };
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/audit", Upload(new byte[101], "a.json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("a.json 过大，上限为 100 字节，未作处理。", await ErrorAsync(response));
    }

    [Theory]
    [InlineData("empty", "empty.json 是空文件，未作处理。")]
    [InlineData("binary", "picture.json 不是文本文档（含有二进制内容），无法作为 canonical JSON 读取。")]
    [InlineData("malformed", "broken.json 不是有效的 JSON（第 1 行")]
    [InlineData("not-a-report", "notes.json")]
    [InlineData("unsupported", "photo.png 不是可审核的文档类型；目前可接受：.json、.txt、.md、.pdf、.docx、.xlsx、.html、.htm。")]
    public async Task A_bad_upload_gets_a_Chinese_400_on_api_and_page_and_stores_nothing(string kind, string message)
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var (bytes, name) = kind switch
        {
            "empty" => (Array.Empty<byte>(), "empty.json"),
            "binary" => (new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "picture.json"),
            "malformed" => (Encoding.UTF8.GetBytes("{\"format\": \"gongkai.report\", "), "broken.json"),
            "not-a-report" => (Encoding.UTF8.GetBytes("{\"hello\": 1}"), "notes.json"),
            _ => (new byte[] { 1, 2, 3 }, "photo.png"),
        };

        using var api = await client.PostAsync("/api/audit", Upload(bytes, name));
        var page = await PostFormAsync(client, bytes, name);

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var error = await ErrorAsync(api);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("<p class=\"error\" role=\"alert\">" + System.Net.WebUtility.HtmlEncode(error).Replace("&#39;", "'", StringComparison.Ordinal)[..message.Length], page.Body, StringComparison.Ordinal);
        Assert.Equal(1L, await CountAsync());
    }

    /// <summary>Issue 8 §1: hostile uploads (deep JSON, a zip bomb) get a Chinese 400 in bounded time and store nothing.</summary>
    [Theory]
    [InlineData("deep.json")]
    [InlineData("zipbomb.docx")]
    public async Task A_hostile_upload_gets_a_Chinese_400_quickly_on_api_and_page_and_stores_nothing(string name)
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var bytes = name switch
        {
            "deep.json" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
            _ => Package("word/document.xml", "", 201),
        };
        var before = await CountAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();

        using var api = await client.PostAsync("/api/audit", Upload(bytes, name));
        var page = await PostFormAsync(client, bytes, name);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        var error = await ErrorAsync(api);
        Assert.Contains(name, error, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("role=\"alert\"", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.Body, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());
    }

    private static byte[] Package(string part, string xml, int megabytesOfZeros)
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false)))
            {
                writer.Write(xml);
            }

            if (megabytesOfZeros > 0)
            {
                using var output = zip.CreateEntry("word/media/zeros.bin", System.IO.Compression.CompressionLevel.SmallestSize).Open();
                var zeros = new byte[1 << 20];
                for (var i = 0; i < megabytesOfZeros; i++)
                {
                    output.Write(zeros);
                }
            }
        }

        return memory.ToArray();
    }

    [Fact]
    public async Task An_api_request_without_a_file_or_not_multipart_gets_a_Chinese_json_error()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();

        using var plain = await client.PostAsync("/api/audit", new StringContent("{}", Encoding.UTF8, "application/json"));
        var other = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        using var noFile = await client.PostAsync("/api/audit", other);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, plain.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal("请求的内容类型应为 multipart/form-data，文档放在字段 file 中。", await ErrorAsync(plain));
        Assert.StartsWith("没有收到文件", await ErrorAsync(noFile), StringComparison.Ordinal);
    }

    private static void AssertSameFindings(CheckResult reference, JsonElement document)
    {
        var findings = document.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(reference.Findings.Count, findings.Count);
        foreach (var (expected, actual) in reference.Findings.Zip(findings))
        {
            Assert.Equal(expected.RuleId, actual.GetProperty("rule").GetString());
            Assert.Equal(expected.Severity.ToString().ToLowerInvariant(), actual.GetProperty("severity").GetString());
            Assert.Equal(expected.Location, actual.GetProperty("location").GetString());
            Assert.Equal(expected.Message, actual.GetProperty("message").GetString());
            Assert.Equal(expected.Printed, actual.GetProperty("printed").GetString());
            Assert.Equal(expected.Expected, actual.GetProperty("expected").GetString());
            Assert.Equal(expected.Source?.Line, actual.GetProperty("line").ValueKind == JsonValueKind.Null ? null : actual.GetProperty("line").GetInt32());
        }
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    private static async Task<(HttpStatusCode Status, string Body)> PostFormAsync(HttpClient client, byte[] bytes, string name)
    {
        var token = WebTestData.FormToken(await client.GetStringAsync("/audit"));
        var content = Upload(bytes, name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        using var response = await client.PostAsync("/audit", content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;

    private static string ReplaceFirst(string text, string from, string to)
    {
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, from + " not found");
        return string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length));
    }

    private async Task<long> CountAsync() => await new ReportStore(new GongkaiDatabase(temp.Path)).CountAsync();
}
