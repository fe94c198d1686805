using Microsoft.Playwright;

namespace Gongkai.Browser.Tests;

/// <summary>The editors in a real browser: a changed cell is re-checked as it is typed and the finding marks the cell.</summary>
public sealed class EditorTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task Changing_一般公共服务_in_公开05表_marks_the_cell_with_the_live_sum_finding()
    {
        if (host.Browser is null)
        {
            return;
        }

        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "2020年部门决算" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑本报告" }).ClickAsync();
        await page.WaitForURLAsync("**/edit");
        var cell = page.Locator("#c-T05-201-1 input");
        Assert.Equal("836.91", await cell.InputValueAsync());
        await page.Locator("#check-findings li").First.WaitForAsync();
        Assert.Equal(0, await page.Locator("#c-T05-201-1.flagged").CountAsync());

        await cell.FillAsync("800.00");

        // 201 一般公共服务支出 no longer equals its 款 20101 (836.91): the check names the cell and the editor marks it.
        await page.Locator("#c-T05-201-1.flagged").WaitForAsync();
        var finding = page.Locator("#check-findings li a[href='#c-T05-201-1']").First;
        Assert.Contains("公开05表", await finding.TextContentAsync() ?? "", StringComparison.Ordinal);
        await BrowserHost.ScreenshotAsync(page, "editor");

        await cell.FillAsync("abc");
        await page.Locator("#c-T05-201-1 input[aria-invalid=true]").WaitForAsync();
    }

    [Fact]
    public async Task A_reason_picked_from_the_library_fills_the_reason_field_of_公务接待费()
    {
        if (host.Browser is null)
        {
            return;
        }

        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "2020年部门决算" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑本报告" }).ClickAsync();
        var area = page.Locator("textarea[data-reason-key='OfficialReception.Deviation']");
        var library = page.Locator("p.reason:has(textarea[data-reason-key='OfficialReception.Deviation']) select.reason-library");

        await library.SelectOptionAsync(new SelectOptionValue { Index = 1 });

        Assert.Equal("严格控制接待标准和陪同人数，支出低于预算。", await area.InputValueAsync());
    }

    [Fact]
    public async Task The_self_evaluation_editor_of_seed_004_rescores_as_a_score_is_typed()
    {
        if (host.Browser is null)
        {
            return;
        }

        var page = await host.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "2022年部门决算" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "编辑绩效自评表" }).ClickAsync();
        var total = page.Locator("#score-total");
        await page.WaitForFunctionAsync("() => document.getElementById('score-total').textContent.length > 0");
        var before = decimal.Parse(await total.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        await BrowserHost.ScreenshotAsync(page, "self-evaluation");

        var first = page.Locator("input.sheet-field[data-field=printedScore]").First;
        var printed = decimal.Parse(await first.InputValueAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await first.FillAsync((printed - 1m).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.WaitForFunctionAsync("b => document.getElementById('score-total').textContent !== b", (await total.TextContentAsync()) ?? "");

        Assert.NotEqual(before, decimal.Parse(await total.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture));
    }
}
