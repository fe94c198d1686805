using Gongkai.Workflow;
using System.Net;
using System.Text.Json;
using Gongkai.Model;
using Gongkai.Storage;
using Gongkai.Storage.Reports;
using Gongkai.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

public sealed class PortalTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_first_start_publishes_seed_001_and_the_home_page_links_it_by_region_unit_and_year(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        var stored = Assert.Single(await new ReportStore(test.Open()).ListAsync(null));
        Assert.Equal(("湖南省株洲市渌口区", "株洲市渌口区人大常委会", 2020, ReportStatus.Published), (stored.Region, stored.UnitName, stored.Year, stored.Status));
        Assert.Contains("<h3>湖南省株洲市渌口区</h3>", html, StringComparison.Ordinal);
        Assert.Contains(
            $"<span class=\"unit-name\">株洲市渌口区人大常委会</span>：<a href=\"/reports/{stored.Id}\">2020年部门决算</a>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task The_start_log_says_what_demo_data_was_loaded_and_a_second_start_loads_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var logs = new LogCollector();
        await using (var factory = new GongkaiWebFactory(test) { ConfigureTestServices = s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs) })
        {
            using var client = factory.CreateClient();
        }

        await using (var again = new GongkaiWebFactory(test))
        {
            using var client = again.CreateClient();
        }

        Assert.Contains(logs.Entries, e => e.Message.StartsWith("演示数据：已载入 株洲市渌口区人大常委会 2020年部门决算（", StringComparison.Ordinal)
            && e.Message.Contains("seed-001.json", StringComparison.Ordinal));
        Assert.Contains(logs.Entries, e => e.Message == "演示数据：共载入 1 份报告（仅在数据库为空时载入）");
        Assert.Equal(1L, await new ReportStore(test.Open()).CountAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_configured_empty_demo_directory_loads_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var empty = Path.Combine(test.DataDirectory, "no-demo");
        Directory.CreateDirectory(empty);
        await using var factory = new GongkaiWebFactory(test) { DemoDataDirectory = empty };
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("目前还没有已公开的报告。", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task The_report_page_shows_the_unit_the_tables_with_header_scopes_and_the_findings_count_of_the_auditor(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();
        var id = (await PublishedAsync(test)).Id;

        using var response = await client.GetAsync($"/reports/{id}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>株洲市渌口区人大常委会 2020年部门决算</h1>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"amount\">657.19</td>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>公开01表 收入支出决算总表", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"><span class=\"code\">201</span>", html, StringComparison.Ordinal);
        var reference = WebTestData.ReferenceAudit(await File.ReadAllTextAsync(WebTestData.Seed001Path), "seed-001.json");
        Assert.Contains(
            $"共发现 {reference.Findings.Count} 项问题：错误 0 项，警告 0 项，提示 0 项（核对规则 {reference.Outcomes.Count} 条，通过 {reference.Count(Gongkai.Checks.RuleState.Passed)} 条）。",
            html,
            StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/reports/{id}.json\" download>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task The_json_download_is_the_stored_document_byte_for_byte(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();
        var stored = await PublishedAsync(test);

        using var response = await client.GetAsync($"/reports/{stored.Id}.json");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.Document, body);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("657.19", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task An_unpublished_report_is_404_for_the_public_as_page_as_json_and_in_the_api_list(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();
        var published = await PublishedAsync(test);
        var store = new ReportStore(test.Open());
        var draft = await store.InsertAsync(new NewReport(
            "湖南省株洲市渌口区", "株洲市渌口区人大常委会", 2021, DisclosureKind.FinalAccounts, ReportStatus.Approved, published.Document));

        using var page = await client.GetAsync($"/reports/{draft.Id}");
        using var json = await client.GetAsync($"/reports/{draft.Id}.json");
        var home = await client.GetStringAsync("/");
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/reports")).RootElement;

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal($"找不到页面：/reports/{draft.Id}", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain($"/reports/{draft.Id}\"", home, StringComparison.Ordinal);
        var only = Assert.Single(list.EnumerateArray());
        Assert.Equal(published.Id, only.GetProperty("id").GetInt64());
        Assert.Equal("株洲市渌口区人大常委会", only.GetProperty("unit").GetString());
        Assert.Equal(2020, only.GetProperty("year").GetInt32());
        Assert.Equal("Published", only.GetProperty("status").GetString());
        Assert.Equal($"/reports/{published.Id}.json", only.GetProperty("json").GetString());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task An_unknown_report_id_is_404(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/reports/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<ReportRecord> PublishedAsync(TestDatabase test)
    {
        var store = new ReportStore(test.Open());
        var summary = Assert.Single(await store.ListPublishedAsync());
        return (await store.GetAsync(summary.Id))!;
    }
}
