using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gongkai.Web.Tests;

/// <summary>POST /api/check and /api/score: stateless, token-guarded, the same findings as the auditor.</summary>
public sealed partial class EditorApiTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static async Task<string> TokenAsync(HttpClient client, long id)
    {
        var html = await client.GetStringAsync($"/reports/{id}/edit");
        return System.Net.WebUtility.HtmlDecode(TokenAttribute().Match(html).Groups[1].Value);
    }

    private static HttpRequestMessage Post(string path, string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return request;
    }

    [Fact]
    public async Task Check_of_seed_001_gives_the_findings_of_the_auditor_and_a_changed_cell_adds_a_finding_naming_it()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var json = await File.ReadAllTextAsync(WebTestData.Seed001Path);
        var token = await TokenAsync(client, 1);

        using var same = await client.SendAsync(Post("/api/check", json, token));
        using var sameBody = JsonDocument.Parse(await same.Content.ReadAsStringAsync());
        var changed = Regex.Replace(json, "\"836\\.91\"|836\\.91", "800.00", RegexOptions.None, TimeSpan.FromSeconds(1));
        using var edited = await client.SendAsync(Post("/api/check", changed, token));
        using var editedBody = JsonDocument.Parse(await edited.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        var reference = WebTestData.ReferenceAudit(json, "seed-001.json");
        Assert.Equal(reference.Findings.Count, sameBody.RootElement.GetProperty("documents")[0].GetProperty("findings").GetArrayLength());
        var findings = editedBody.RootElement.GetProperty("documents")[0].GetProperty("findings").EnumerateArray().ToList();
        Assert.True(findings.Count > reference.Findings.Count);
        Assert.Contains(findings, f => f.GetProperty("cells").EnumerateArray().Any(c => c.GetString() == "T05[201].1"));
    }

    [Fact]
    public async Task Check_without_the_token_is_refused_in_chinese_and_a_malformed_report_names_the_problem()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var token = await TokenAsync(client, 1);

        using var forged = await client.SendAsync(Post("/api/check", await File.ReadAllTextAsync(WebTestData.Seed001Path), null));
        using var malformed = await client.SendAsync(Post("/api/check", "{\"format\": \"gongkai.report\"", token));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("防伪令牌", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("report.json", await malformed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_of_a_report_without_a_sheet_says_so()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var token = await TokenAsync(client, 1);

        using var response = await client.SendAsync(Post("/api/score", await File.ReadAllTextAsync(WebTestData.Seed001Path), token));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("绩效自评表", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("data-token=\"([^\"]+)\"")]
    private static partial Regex TokenAttribute();
}
