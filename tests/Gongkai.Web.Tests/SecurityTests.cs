using System.Net;
using System.Text.Json;

namespace Gongkai.Web.Tests;

public sealed class SecurityTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/1")]
    [InlineData("/reports/1.json")]
    [InlineData("/audit")]
    [InlineData("/api/reports")]
    [InlineData("/css/site.css")]
    [InlineData("/no-such-page")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/reports/1")]
    [InlineData("/audit")]
    public async Task Pages_have_no_inline_script_or_style_and_use_the_shared_stylesheet(string path)
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(path);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" on", html.Replace(" one", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markup_in_an_uploaded_document_is_escaped_on_the_page()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var json = (await File.ReadAllTextAsync(WebTestData.Seed001Path))
            .Replace("\"name\": \"株洲市渌口区人大常委会\"", "\"name\": \"<script>alert(1)</script>单位\"", StringComparison.Ordinal);
        var token = WebTestData.FormToken(await client.GetStringAsync("/audit"));
        var content = new MultipartFormDataContent
        {
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(json)), "file", "x<b>.json" },
            { new StringContent(token), "__RequestVerificationToken" },
        };

        using var response = await client.PostAsync("/audit", content);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;单位", html, StringComparison.Ordinal);
        Assert.Contains("x&lt;b&gt;.json", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api_groups_and_not_the_pages()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();

        var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");

        var audit = paths.GetProperty("/api/audit").GetProperty("post");
        Assert.Equal("AuditDocument", audit.GetProperty("operationId").GetString());
        Assert.Equal("审核上传的文档", audit.GetProperty("summary").GetString());
        Assert.Equal("Audit", audit.GetProperty("tags")[0].GetString());
        Assert.True(audit.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        Assert.Equal("ListPublishedReports", paths.GetProperty("/api/reports").GetProperty("get").GetProperty("operationId").GetString());
        Assert.False(paths.TryGetProperty("/audit", out _));
        Assert.False(paths.TryGetProperty("/", out _));
        Assert.False(paths.TryGetProperty("/reports/{id}", out _));
    }
}
