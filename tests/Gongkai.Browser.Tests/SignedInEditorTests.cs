using Gongkai.Documents.Canonical;
using Gongkai.Storage.Reports;
using Gongkai.Workflow;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>A unit's filler signs in, edits a draft in the editor, sees the live finding, saves; a stale page gets the 409 message.</summary>
public sealed class SignedInEditorTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_filler_of_渌口区人大常委会_edits_a_cell_of_a_draft_sees_the_finding_saves_and_a_second_stale_page_is_refused()
    {
        if (host.Browser is null)
        {
            return;
        }

        // A draft for 2024: the 2020 figures copied under a new year (as an import would give), so there is something to fix.
        var store = host.Services!.GetRequiredService<ReportStore>();
        var published = (await store.ListPublishedAsync()).Single(r => r.UnitName == "株洲市渌口区人大常委会" && r.Year == 2020);
        var report = CanonicalJsonReader.Read((await store.GetAsync(published.Id))!.Document, "2020.json");
        report.Year = 2024;
        var draft = await store.InsertAsync(new NewReport(published.Region, published.UnitName, 2024, report.Kind, ReportStatus.Draft, CanonicalJsonWriter.Write(report)));

        var page = await host.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#login", "unit1");
        await page.FillAsync("#password", BrowserHost.DemoPassword);
        await page.ClickAsync("form button[type=submit]");
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync($"/reports/{draft.Id}/edit");
        var stale = await page.Context.NewPageAsync();
        await stale.GotoAsync($"/reports/{draft.Id}/edit");
        var cell = page.Locator("#c-T05-201-1 input");
        await page.Locator("#check-findings li").First.WaitForAsync();
        await cell.FillAsync("800.00");
        await page.Locator("#c-T05-201-1.flagged").WaitForAsync();
        await BrowserHost.ScreenshotAsync(page, "editor-signed-in");

        await page.ClickAsync("#save");
        await page.Locator("#save-status.saved").WaitForAsync();
        var saved = await store.GetAsync(draft.Id);
        Assert.Equal(draft.RowVersion + 1, saved!.RowVersion);
        Assert.Equal(800.00m, CanonicalJsonReader.Read(saved.Document, "saved.json").Table(Model.DisclosureTableKind.GeneralBudgetExpenditure)!.Find("201")![1]);
        Assert.Contains("800.00", saved.Document, StringComparison.Ordinal);

        await stale.ClickAsync("#save");
        await stale.Locator("#save-status.error").WaitForAsync();
        Assert.Contains("为避免覆盖他人的修改", await stale.Locator("#save-status").TextContentAsync() ?? "", StringComparison.Ordinal);
    }
}
