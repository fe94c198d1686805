using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Export;
using Gongkai.Model;
using Gongkai.Storage.Reports;
using Gongkai.Storage.Workflow;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// Issue 6 §4 import into a draft (POST /api/reports/import and the page /reports/import): every format imports, the
/// ledger CSV gives seed 001's cells, another unit's import and bad files are refused with nothing stored, an existing
/// report is refused unless it is the importer's draft (then replaced with history), and the token is required.
/// </summary>
public abstract class ImportTests(AccountsWorld world)
{
    private static string SamplePath(string name) => Path.Combine(WebTestData.RepositoryRoot(), "samples", name);

    private ReportStore Store => world.Factory.Services.GetRequiredService<ReportStore>();

    private static async Task<HttpResponseMessage> ImportAsync(
        HttpClient client, byte[] content, string fileName, string? token, IReadOnlyDictionary<string, string>? fields = null, string path = "/api/reports/import")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), name);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        if (token is not null)
        {
            if (path.StartsWith("/api/", StringComparison.Ordinal))
            {
                request.Headers.Add("RequestVerificationToken", token);
            }
            else
            {
                form.Add(new StringContent(token), "__RequestVerificationToken");
            }
        }

        return await client.SendAsync(request);
    }

    private async Task<UnitYearReport> StoredAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var stored = await Store.GetAsync(body.RootElement.GetProperty("id").GetInt64());
        Assert.Equal(Gongkai.Workflow.ReportStatus.Draft, stored!.Status);
        return CanonicalJsonReader.Read(stored.Document, "stored.json");
    }

    private static UnitYearReport UnitAReport(int year) => CanonicalJsonReader.Read(AccountsWorld.Document(AccountsWorld.UnitA, year), "a.json");

    [Theory]
    [InlineData("json", 2010)]
    [InlineData("xlsx", 2011)]
    [InlineData("docx", 2012)]
    [InlineData("html", 2013)]
    public async Task The_own_filler_imports_each_format_into_a_new_draft_of_unit_A(string format, int year)
    {
        if (world.Unavailable)
        {
            return;
        }

        var report = UnitAReport(year);
        var bytes = format switch
        {
            "json" => Encoding.UTF8.GetBytes(CanonicalJsonWriter.Write(report)),
            "xlsx" => XlsxReportWriter.Write(report),
            "docx" => DocxReportWriter.Write(report),
            _ => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(report)),
        };
        var client = await world.ClientAsync("filler-own");
        var before = await Store.CountAsync();

        using var response = await ImportAsync(client, bytes, "甲." + format, await AccountsWorld.TokenAsync(client), new Dictionary<string, string> { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await Store.CountAsync());
        var stored = await StoredAsync(response);
        Assert.Equal(AccountsWorld.UnitA.Name, stored.Unit.Name);
        Assert.Equal(AccountsWorld.UnitA.Region, stored.Unit.Region);
        Assert.Equal(year, stored.Year);
        // Seed 001 公开01表 本年收入合计 (IncomeTotal, column 1) is 876.17 万元 in every format.
        Assert.Equal(876.17m, stored.Table(DisclosureTableKind.IncomeExpenditureSummary)!["IncomeTotal", 1]);
        if (format is "json" or "xlsx")
        {
            // The XLSX template holds the nine tables; the figures only the 情况说明 state (table S) are not in it.
            var differences = ReportComparer.Compare(report, stored)
                .Where(d => format == "json" || d.Cell.Table != DisclosureTableKind.ExplanationFigures).ToList();
            Assert.True(differences.Count == 0, string.Join("; ", differences.Take(5)));
        }
    }

    [Fact]
    public async Task The_administrator_imports_the_seed_ledger_and_gets_the_cells_of_the_seed_sample()
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync("admin");
        var before = await Store.CountAsync();

        // Another unit's name, so that the seed's own 2020 report (another test may import it) is not in the way.
        var ledger = File.ReadAllText(SamplePath("seed-001-ledger.csv")).Replace("株洲市渌口区人大常委会", "台账测试单位", StringComparison.Ordinal);

        using var response = await ImportAsync(client, Encoding.UTF8.GetBytes(ledger), "seed-001-ledger.csv", await AccountsWorld.TokenAsync(client));

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Equal(before + 1, await Store.CountAsync());
        var sample = CanonicalJsonReader.ReadFile(SamplePath("seed-001.json"));
        var stored = await StoredAsync(response);
        Assert.Equal("台账测试单位", stored.Unit.Name);
        Assert.Empty(ReportComparer.Compare(sample, stored));
    }

    [Fact]
    public async Task The_administrator_imports_the_published_text_of_seed_001()
    {
        if (world.Unavailable)
        {
            return;
        }

        var text = Path.Combine(WebTestData.RepositoryRoot(), "..", "shared", "seeds", "001_424111e6d4059655.txt");
        var client = await world.ClientAsync("admin");

        using var response = await ImportAsync(client, File.ReadAllBytes(text), "001.txt", await AccountsWorld.TokenAsync(client), new Dictionary<string, string> { ["year"] = "2020" });

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var stored = await StoredAsync(response);
        Assert.Equal(876.17m, stored.Table(DisclosureTableKind.IncomeExpenditureSummary)!["IncomeTotal", 1]);
    }

    [Fact]
    public async Task Another_unit_is_refused_and_nothing_is_stored()
    {
        if (world.Unavailable)
        {
            return;
        }

        var other = await world.ClientAsync("filler-other");
        var own = await world.ClientAsync("filler-own");
        var reviewer = await world.ClientAsync("reviewer-assigned");
        var before = await Store.CountAsync();
        var unitA = Encoding.UTF8.GetBytes(AccountsWorld.Document(AccountsWorld.UnitA, 2014));

        using var byOther = await ImportAsync(other, unitA, "a.json", await AccountsWorld.TokenAsync(other));
        using var seed = await ImportAsync(own, File.ReadAllBytes(SamplePath("seed-001.json")), "seed-001.json", await AccountsWorld.TokenAsync(own));
        using var byReviewer = await ImportAsync(reviewer, unitA, "a.json", await AccountsWorld.TokenAsync(reviewer));
        using var byPublic = await ImportAsync(world.NewClient(), unitA, "a.json", null);

        Assert.Equal(HttpStatusCode.Forbidden, byOther.StatusCode);
        Assert.Contains("只能导入本单位", await AccountsWorld.ErrorAsync(byOther));
        Assert.Equal(HttpStatusCode.Forbidden, seed.StatusCode);
        Assert.Contains("渌口区", await AccountsWorld.ErrorAsync(seed));
        Assert.Equal(HttpStatusCode.Forbidden, byReviewer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, byPublic.StatusCode);
        Assert.Equal(before, await Store.CountAsync());
    }

    [Theory]
    [InlineData("bad.csv", "类型,功能分类科目编码\n支出,abc\n", "bad.csv")]
    [InlineData("virus.exe", "MZ", "不是可导入的文件类型")]
    [InlineData("broken.pdf", "not a pdf at all", "broken.pdf")]
    [InlineData("broken.json", "{\"format\":", "broken.json")]
    [InlineData("empty.txt", "", "empty.txt")]
    [InlineData("notes.txt", "这是一段与决算无关的文字。", "没有读到任何公开表的数字")]
    public async Task A_bad_file_is_refused_with_a_Chinese_message_naming_it_and_nothing_is_stored(string name, string content, string expected)
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync("filler-own");
        var before = await Store.CountAsync();

        using var response = await ImportAsync(client, Encoding.UTF8.GetBytes(content), name, await AccountsWorld.TokenAsync(client), new Dictionary<string, string> { ["year"] = "2015" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await AccountsWorld.ErrorAsync(response));
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task A_published_report_is_not_overwritten_and_the_own_draft_is_replaced_with_history()
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync("filler-own");
        var token = await AccountsWorld.TokenAsync(client);
        var before = await Store.CountAsync();

        using var published = await ImportAsync(client, Encoding.UTF8.GetBytes(AccountsWorld.Document(AccountsWorld.UnitA, 2020)), "a.json", token);
        // DraftA (2021) with 公开01表 本年收入合计 changed from 876.17 to 876.18.
        var changed = AccountsWorld.Document(AccountsWorld.UnitA, 2021, r => r.Table(DisclosureTableKind.IncomeExpenditureSummary)!.Find("IncomeTotal")![1] = 876.18m);
        using var draft = await ImportAsync(client, Encoding.UTF8.GetBytes(changed), "a.json", token);

        Assert.Equal(HttpStatusCode.Conflict, published.StatusCode);
        Assert.Contains("已存在", await AccountsWorld.ErrorAsync(published));
        Assert.True(draft.StatusCode == HttpStatusCode.OK, await draft.Content.ReadAsStringAsync());
        using var body = JsonDocument.Parse(await draft.Content.ReadAsStringAsync());
        Assert.Equal(world.DraftA, body.RootElement.GetProperty("id").GetInt64());
        Assert.True(body.RootElement.GetProperty("replaced").GetBoolean());
        Assert.Equal(before, await Store.CountAsync());
        var history = await world.Factory.Services.GetRequiredService<ReportWorkflowStore>().HistoryAsync(world.DraftA);
        Assert.Contains(history, h => h.OldValue == "876.17" && h.NewValue == "876.18");
    }

    [Fact]
    public async Task Without_the_token_nothing_is_stored_on_the_api_and_the_form()
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync("filler-own");
        var before = await Store.CountAsync();
        var unitA = Encoding.UTF8.GetBytes(AccountsWorld.Document(AccountsWorld.UnitA, 2016));

        using var api = await ImportAsync(client, unitA, "a.json", null);
        using var form = await ImportAsync(client, unitA, "a.json", null, path: "/reports/import");

        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains(Gongkai.Messages.MessageCatalogue.WebAntiforgeryFailed, await form.Content.ReadAsStringAsync());
        Assert.Equal(before, await Store.CountAsync());
    }

    [Fact]
    public async Task The_page_is_for_fillers_and_administrators_and_its_form_redirects_to_the_editor()
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync("filler-own");
        var page = await client.GetAsync("/reports/import");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
        Assert.Equal(HttpStatusCode.Redirect, (await world.NewClient().GetAsync("/reports/import")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await world.ClientAsync("reviewer-assigned")).GetAsync("/reports/import")).StatusCode);

        using var posted = await ImportAsync(client, Encoding.UTF8.GetBytes(AccountsWorld.Document(AccountsWorld.UnitA, 2017)), "a.json", WebTestData.FormToken(html), path: "/reports/import");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var location = posted.Headers.Location!.OriginalString;
        Assert.Matches("^/reports/\\d+/edit$", location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(location)).StatusCode);
    }
}
