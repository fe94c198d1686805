using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>The public's flows in a real browser: find a seed report, read its findings and charts, download it, upload and audit.</summary>
public sealed class PublicPortalTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_public_finds_seed_001_from_the_home_page_sees_its_findings_and_a_chart_and_downloads_it()
    {
        if (host.Browser is null)
        {
            return;
        }

        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.SelectOptionAsync("#filter-year", "2020");
        await page.ClickAsync("form.filter button[type=submit]");
        Assert.Equal("共 1 份报告。", (await page.Locator("p.count").TextContentAsync())?.Trim());
        await page.GotoAsync("/");
        await BrowserHost.ScreenshotAsync(page, "home", fullPage: true);

        await page.GetByRole(AriaRole.Link, new() { Name = "2020年部门决算" }).ClickAsync();
        await page.WaitForURLAsync("**/reports/*");
        Assert.Equal("株洲市渌口区人大常委会 2020年部门决算", (await page.Locator("h1").TextContentAsync())?.Trim());
        var summary = await page.Locator("#findings p.summary").TextContentAsync();
        Assert.StartsWith("共发现 ", summary, StringComparison.Ordinal);
        // EXPECTED.md 001 #3: 一般公共服务（类） is 95.5% of 876.17, not the printed 96.0%; the finding sits beside L341.
        var line341 = page.Locator("#l-341");
        Assert.Contains("flagged", await line341.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.Contains("95.5%", await line341.Locator("aside").TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.Locator("#tables td.flagged").CountAsync() > 0);
        await BrowserHost.ScreenshotAsync(page, "report");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel 表格（.xlsx）" }).ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(saved);
        Assert.True(bytes.Length > 1000 && bytes[0] == 'P' && bytes[1] == 'K', "the download is an Office package");

        await page.GetByRole(AriaRole.Link, new() { Name = "株洲市渌口区人大常委会 看板" }).ClickAsync();
        await page.Locator("#composition[data-rendered=true] svg").WaitForAsync();
        Assert.Contains("836.91", await page.Locator("#composition + table").TextContentAsync() ?? "", StringComparison.Ordinal);
        await BrowserHost.ScreenshotAsync(page, "dashboard-unit", fullPage: true);
    }

    [Fact]
    public async Task The_region_dashboard_of_资阳区_draws_the_self_evaluation_score_of_seed_004()
    {
        if (host.Browser is null)
        {
            return;
        }

        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "益阳市资阳区 看板" }).ClickAsync();
        await page.Locator("#region-scores[data-rendered=true] svg").WaitForAsync();
        Assert.Contains("自评得分", await page.Locator("#region-scores + table").TextContentAsync() ?? "", StringComparison.Ordinal);
        await BrowserHost.ScreenshotAsync(page, "dashboard-region", fullPage: true);
    }

    [Fact]
    public async Task Upload_and_audit_of_seed_001_as_text_shows_its_findings_beside_the_quoted_lines()
    {
        if (host.Browser is null)
        {
            return;
        }

        var page = await host.NewPageAsync();
        await page.GotoAsync("/audit");
        await page.SetInputFilesAsync("#file", Path.Combine(BrowserHost.Seeds, "001_424111e6d4059655.txt"));
        await page.ClickAsync("form button[type=submit]");
        await page.Locator("section.audited").WaitForAsync();
        Assert.StartsWith("共发现 ", await page.Locator("section.audited p.summary").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("section.audited blockquote").CountAsync() > 0, "findings quote their lines");
        await BrowserHost.ScreenshotAsync(page, "audit");
    }
}
