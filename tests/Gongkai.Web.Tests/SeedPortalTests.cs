using System.Net;
using System.Text.Json;
using Gongkai.Storage;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Tests;

/// <summary>The portal over the seeds: demo data read through the readers, the report page, downloads, dashboards.</summary>
public sealed class SeedPortalTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static string Seeds => Path.GetFullPath(Path.Combine(WebTestData.RepositoryRoot(), "..", "shared", "seeds"));

    private GongkaiWebFactory Factory() => new(temp.Path) { SeedDirectory = Seeds };

    private async Task<ReportSummary> ReportOf(string unit, int year) =>
        (await new ReportStore(new GongkaiDatabase(temp.Path)).ListPublishedAsync()).Single(r => r.UnitName == unit && r.Year == year);

    [Fact]
    public async Task A_first_start_publishes_the_five_unit_years_of_the_seeds_with_their_regions()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await client.GetStringAsync("/");

        var stored = (await new ReportStore(new GongkaiDatabase(temp.Path)).ListPublishedAsync())
            .Select(r => (r.Region, r.UnitName, r.Year)).OrderBy(r => r.Region, StringComparer.Ordinal).ThenBy(r => r.Year).ToList();
        Assert.Equal(
            [
                ("株洲市渌口区", "株洲市渌口区人大常委会", 2020), ("株洲市渌口区", "株洲市渌口区人大常委会", 2021),
                ("株洲市渌口区", "株洲市渌口区人大常委会", 2023), ("益阳市资阳区", "益阳市资阳区人民代表大会常务委员会", 2022),
                ("蒸湘区", "蒸湘区人大常委会", 2021),
            ],
            stored);
    }

    [Fact]
    public async Task The_page_of_seed_001_puts_the_share_finding_beside_line_341_and_flags_cells_of_its_tables()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await client.GetStringAsync("/");
        var id = (await ReportOf("株洲市渌口区人大常委会", 2020)).Id;

        var html = await client.GetStringAsync($"/reports/{id}");

        // EXPECTED.md 001 #3: 836.91 / 876.17 = 95.5%, printed 96.0% on line 341.
        var line = html[html.IndexOf("id=\"l-341\"", StringComparison.Ordinal)..];
        line = line[..line.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains("95.5%", line, StringComparison.Ordinal);
        Assert.Contains("class=\"amount flagged\"", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/reports/{id}.xlsx\" download>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_of_seed_004_shows_its_self_evaluation_sheet_and_its_scoring_findings()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await client.GetStringAsync("/");
        var id = (await ReportOf("益阳市资阳区人民代表大会常务委员会", 2022)).Id;

        var html = await client.GetStringAsync($"/reports/{id}");

        Assert.Contains("<caption>2022年度部门整体支出绩效自评表", html, StringComparison.Ordinal);
        Assert.Matches("<tr id=\"f-[0-9]+\" class=\"(error|warning)\">", html);
    }

    [Theory]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("html", "text/html")]
    public async Task Each_export_of_seed_001_downloads_with_its_type_and_the_second_is_the_same_bytes(string extension, string mediaType)
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await client.GetStringAsync("/");
        var id = (await ReportOf("株洲市渌口区人大常委会", 2020)).Id;

        using var first = await client.GetAsync($"/reports/{id}.{extension}");
        var bytes = await first.Content.ReadAsByteArrayAsync();
        var again = await client.GetByteArrayAsync($"/reports/{id}.{extension}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(mediaType, first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", first.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(bytes, again);
        if (extension == "html")
        {
            Assert.Contains("876.17", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal((byte)'P', bytes[0]);
        }
    }

    [Fact]
    public async Task The_unit_dashboard_data_are_the_cells_of_公开03表_and_公开07表_of_seed_001()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await client.GetStringAsync("/");

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/dashboards/units/" + Uri.EscapeDataString("株洲市渌口区人大常委会")));
        var charts = json.RootElement.GetProperty("charts").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!);

        var composition = charts["composition"];
        Assert.Equal(["201 一般公共服务支出", "221 住房保障支出"], composition.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal([836.91m, 39.26m], composition.GetProperty("series")[0].GetProperty("values").EnumerateArray().Select(v => v.GetDecimal()));
        var three = charts["three-public"].GetProperty("series");
        Assert.Equal(2.01m, three[0].GetProperty("values")[0].GetDecimal());
        Assert.Equal(1.98m, three[1].GetProperty("values")[0].GetDecimal());
        Assert.Equal(3, json.RootElement.GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public async Task The_dashboard_page_carries_its_data_as_json_draws_from_an_external_script_and_has_a_table_per_chart()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();
        await client.GetStringAsync("/");

        var html = await client.GetStringAsync("/dashboards/regions/" + Uri.EscapeDataString("益阳市资阳区"));

        Assert.Contains("<script type=\"application/json\" id=\"dashboard-data\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/js/dashboard.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"chart-data\">\n<caption>各单位绩效自评得分", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("<script>", html);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/dashboards/units/" + Uri.EscapeDataString("不存在的单位"))).StatusCode);
    }

    [Fact]
    public async Task The_home_page_filter_by_year_and_text_lists_only_the_matching_reports()
    {
        await using var factory = Factory();
        using var client = factory.CreateClient();

        var byYear = await client.GetStringAsync("/?year=2021");
        var byText = await client.GetStringAsync("/?q=" + Uri.EscapeDataString("资阳"));

        Assert.Contains("共 2 份报告。", byYear, StringComparison.Ordinal);
        Assert.DoesNotContain("2020年部门决算</a>", byYear, StringComparison.Ordinal);
        Assert.Contains("共 1 份报告。", byText, StringComparison.Ordinal);
        Assert.Contains("<option selected>2021</option>", byYear, StringComparison.Ordinal);
    }
}
