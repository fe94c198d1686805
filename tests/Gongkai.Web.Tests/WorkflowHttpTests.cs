using System.Net;
using System.Text.Json;
using Gongkai.Model;
using Gongkai.Storage.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// The workflow through HTTP (issue 6 §3): save with history, submit refused while error findings remain, return
/// with a comment, approve, publish, and then the public reads it; concurrent saves; anti-forgery; lock-out.
/// </summary>
public abstract class WorkflowHttpTests(AccountsWorld world)
{
    [Fact]
    public async Task Save_submit_return_approve_publish_then_the_public_reads_it_and_the_history_shows_old_and_new()
    {
        if (world.Unavailable)
        {
            return;
        }

        var id = await world.InsertAsync(AccountsWorld.UnitA, 2023, Gongkai.Workflow.ReportStatus.Draft);
        var filler = await world.ClientAsync("filler-own");
        var reviewer = await world.ClientAsync("reviewer-assigned");
        var anonymous = world.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/{id}")).StatusCode);

        // Seed 001 公开05表 合计 column 1 is 876.17; 999.99 breaks the sum of its items: an error finding.
        var page = await filler.GetStringAsync($"/reports/{id}");
        var token = Token(page);
        var broken = AccountsWorld.Document(AccountsWorld.UnitA, 2023, r => r.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("Total")![1] = 999.99m);
        using (var saved = await AccountsWorld.SaveAsync(filler, id, AccountsWorld.PageRowVersion(page), broken, token))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Equal(2, JsonDocument.Parse(await saved.Content.ReadAsStringAsync()).RootElement.GetProperty("rowVersion").GetInt64());
        }

        using (var refused = await AccountsWorld.TransitionAsync(filler, id, "Submit", null, 2, token))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Matches("^不能上报：审核发现 [1-9][0-9]* 项错误，请先改正所有错误后再上报。$", await AccountsWorld.ErrorAsync(refused));
        }

        var fixedDocument = AccountsWorld.Document(AccountsWorld.UnitA, 2023);
        Assert.Equal(HttpStatusCode.OK, (await AccountsWorld.SaveAsync(filler, id, 2, fixedDocument, token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountsWorld.TransitionAsync(filler, id, "Submit", null, 3, token)).StatusCode);

        // The reviewer works through the page's forms.
        page = await reviewer.GetStringAsync($"/reports/{id}");
        Assert.Contains("value=\"Return\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Approve\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"Publish\"", page, StringComparison.Ordinal);
        var noComment = await reviewer.PostAsync($"/reports/{id}/transitions", Form(Token(page), ("action", "Return"), ("rowVersion", "4")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noComment.StatusCode);
        Assert.Contains("退回时必须填写退回意见", await noComment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var returned = await reviewer.PostAsync($"/reports/{id}/transitions", Form(Token(page), ("action", "Return"), ("rowVersion", "4"), ("comment", "请核对公开05表合计<b>。")));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        page = await filler.GetStringAsync($"/reports/{id}");
        Assert.Contains("当前状态：退回（第 5 版）", page, StringComparison.Ordinal);
        Assert.Contains("请核对公开05表合计&lt;b&gt;。", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await AccountsWorld.TransitionAsync(filler, id, "Submit", null, 5, Token(page))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await AccountsWorld.TransitionAsync(reviewer, id, "Approve", null, 6, Token(page = await reviewer.GetStringAsync($"/reports/{id}")))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/reports/{id}")).StatusCode);
        using (var published = await AccountsWorld.TransitionAsync(reviewer, id, "Publish", null, 7, Token(page)))
        {
            Assert.Equal(HttpStatusCode.OK, published.StatusCode);
            Assert.Equal("Published", JsonDocument.Parse(await published.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/reports/{id}")).StatusCode);
        Assert.Contains($"/reports/{id}.json", await anonymous.GetStringAsync("/api/reports"), StringComparison.Ordinal);

        var history = JsonDocument.Parse(await filler.GetStringAsync($"/api/reports/{id}/history")).RootElement.EnumerateArray().ToList();
        Assert.Equal(
            ["Edit", "Edit", "Submit", "Return", "Submit", "Approve", "Publish"],
            history.Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(
            [("T05[Total].1", "876.17", "999.99"), ("T05[Total].1", "999.99", "876.17")],
            history.Take(2).Select(h => (h.GetProperty("cell").GetString(), h.GetProperty("oldValue").GetString(), h.GetProperty("newValue").GetString())));
        Assert.All(history.Take(2), h => Assert.Equal("甲填报员", h.GetProperty("user").GetString()));
        Assert.Equal("请核对公开05表合计<b>。", history[3].GetProperty("comment").GetString());
        Assert.Equal(("已上报", "退回"), (history[3].GetProperty("oldValue").GetString(), history[3].GetProperty("newValue").GetString()));

        var historyPage = await filler.GetStringAsync($"/reports/{id}/history");
        Assert.Contains("<td>甲填报员</td><td>修改</td><td>公开05表 合计", historyPage, StringComparison.Ordinal);
        Assert.Contains("<td class=\"old\">876.17</td><td class=\"new\">999.99</td>", historyPage, StringComparison.Ordinal);
        Assert.Contains("<td class=\"old\">999.99</td><td class=\"new\">876.17</td>", historyPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_saves_with_the_same_row_version_one_200_one_409_naming_who_saved()
    {
        if (world.Unavailable)
        {
            return;
        }

        var id = await world.InsertAsync(AccountsWorld.UnitA, 2024, Gongkai.Workflow.ReportStatus.Draft);
        var filler = await world.ClientAsync("filler-own");
        var token = Token(await filler.GetStringAsync($"/reports/{id}"));
        var first = AccountsWorld.Document(AccountsWorld.UnitA, 2024, r => r.Reasons["AgencyOperatingCost.Change"] = "第一位编辑的原因");
        var second = AccountsWorld.Document(AccountsWorld.UnitA, 2024, r => r.Reasons["AgencyOperatingCost.Change"] = "第二位编辑的原因");

        var responses = await Task.WhenAll(
            AccountsWorld.SaveAsync(filler, id, 1, first, token), AccountsWorld.SaveAsync(filler, id, 1, second, token));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Matches(
            "^未保存：甲市乙区测试局 2024年的报告在您打开之后已被 甲填报员 于 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC 保存（您打开的是第 1 版，现在是第 2 版）。",
            await AccountsWorld.ErrorAsync(loser));
        var history = JsonDocument.Parse(await filler.GetStringAsync($"/api/reports/{id}/history")).RootElement;
        var entry = Assert.Single(history.EnumerateArray());
        Assert.Equal("AgencyOperatingCost.Change", entry.GetProperty("reasonKey").GetString());
        Assert.Equal("纪念地方人大设立常委会40周年费用支出", entry.GetProperty("oldValue").GetString());
    }

    [Fact]
    public async Task A_save_is_checked_for_the_document_and_its_identity_with_the_place_named()
    {
        if (world.Unavailable)
        {
            return;
        }

        var filler = await world.ClientAsync("filler-own");
        var token = Token(await filler.GetStringAsync($"/reports/{world.DraftA}"));
        var version = await world.RowVersionAsync(world.DraftA);

        using var malformed = await AccountsWorld.SaveAsync(filler, world.DraftA, version, """{"format":"gongkai.report","version":1,"year":"二〇二一"}""", token);
        using var moved = await AccountsWorld.SaveAsync(filler, world.DraftA, version, AccountsWorld.Document(AccountsWorld.UnitB, 2021), token);
        using var notJson = await filler.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/reports/{world.DraftA}")
        {
            Content = new StringContent("{\"rowVersion\": 1, \"document\": ", System.Text.Encoding.UTF8, "application/json"),
            Headers = { { "RequestVerificationToken", token } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.StartsWith("document", await AccountsWorld.ErrorAsync(malformed), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Equal("未保存：文档中的单位名称“丙市丁区测试局”与这份报告的“甲市乙区测试局”不一致；单位、地区、年度和类型不能在编辑中更改。", await AccountsWorld.ErrorAsync(moved));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.StartsWith("请求内容有误：JSON 第 1 行", await AccountsWorld.ErrorAsync(notJson), StringComparison.Ordinal);
        Assert.Equal(version, await world.RowVersionAsync(world.DraftA));
    }

    [Fact]
    public async Task State_changing_requests_without_the_anti_forgery_token_are_refused_and_change_nothing()
    {
        if (world.Unavailable)
        {
            return;
        }

        var filler = await world.ClientAsync("filler-own");
        var reviewer = await world.ClientAsync("reviewer-assigned");
        var version = await world.RowVersionAsync(world.DraftA);

        using var save = await AccountsWorld.SaveAsync(filler, world.DraftA, version, AccountsWorld.Document(AccountsWorld.UnitA, 2021), token: null);
        using var step = await AccountsWorld.TransitionAsync(filler, world.DraftA, "Submit", null, version, token: null);
        using var wrongToken = await AccountsWorld.TransitionAsync(filler, world.DraftA, "Submit", null, version, token: "forged");
        using var comment = await reviewer.PostAsync($"/reports/{world.DraftA}/comments", Form(null, ("body", "无令牌的意见")));
        using var formStep = await filler.PostAsync($"/reports/{world.DraftA}/transitions", Form(null, ("action", "Submit"), ("rowVersion", version.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        using var logout = await filler.PostAsync("/logout", Form(null));
        using var login = await world.NewClient().PostAsync("/login", Form(null, ("login", "filler-own"), ("password", AccountsWorld.Password)));
        using var createUser = await (await world.ClientAsync("admin")).PostAsync("/workspace/users", Form(null, ("login", "forged-user"), ("displayName", "伪造"), ("password", "forged-password"), ("role", "Administrator")));

        Assert.All([save, step, wrongToken, comment, formStep, logout, login, createUser], r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Equal("缺少或无效的防伪令牌（请求头 RequestVerificationToken），未作处理。请重新打开页面后再试。", await AccountsWorld.ErrorAsync(save));
        Assert.Contains("缺少防伪令牌", await comment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(version, await world.RowVersionAsync(world.DraftA));
        Assert.Equal(HttpStatusCode.OK, (await filler.GetAsync("/workspace")).StatusCode);
        Assert.Null(await world.Factory.Services.GetRequiredService<UserStore>().FindByLoginAsync("forged-user"));
        Assert.DoesNotContain(
            await world.Factory.Services.GetRequiredService<Storage.Workflow.ReportWorkflowStore>().CommentsAsync(world.DraftA),
            c => c.Body == "无令牌的意见");
    }

    [Fact]
    public async Task A_token_from_another_session_is_refused()
    {
        if (world.Unavailable)
        {
            return;
        }

        var filler = await world.ClientAsync("filler-own");
        var other = await world.ClientAsync("filler-other");
        var othersToken = await AccountsWorld.TokenAsync(other);

        using var save = await AccountsWorld.SaveAsync(
            filler, world.DraftA, await world.RowVersionAsync(world.DraftA), AccountsWorld.Document(AccountsWorld.UnitA, 2021), othersToken);

        Assert.Equal(HttpStatusCode.BadRequest, save.StatusCode);
    }

    [Fact]
    public async Task Five_failed_logins_lock_the_account_and_an_unknown_login_gets_the_same_answers()
    {
        if (world.Unavailable)
        {
            return;
        }

        await world.Factory.Services.GetRequiredService<UserStore>().CreateAsync(
            new NewUser("lock-me", "锁定测试", Access.Role.Administrator), AccountsWorld.Password);
        using var client = world.NewClient();

        var known = new List<(HttpStatusCode, string)>();
        var unknown = new List<(HttpStatusCode, string)>();
        for (var i = 0; i < 5; i++)
        {
            known.Add(await AttemptAsync(client, "lock-me", "wrong-password"));
            unknown.Add(await AttemptAsync(client, "no-such-login", "wrong-password"));
        }

        var withRightPassword = await AttemptAsync(client, "lock-me", AccountsWorld.Password);

        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Unauthorized, 4).Append(HttpStatusCode.TooManyRequests), known.Select(k => k.Item1));
        Assert.Equal(known, unknown);
        Assert.Equal("用户名或密码不正确。连续失败 5 次后，账户将被锁定 15 分钟。", known[0].Item2);
        Assert.Equal("登录失败次数过多，已暂时锁定。请于 15 分钟后再试。", known[4].Item2);
        Assert.Equal((HttpStatusCode.TooManyRequests, known[4].Item2), withRightPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/workspace")).StatusCode);
    }

    [Fact]
    public async Task Login_goes_to_a_local_return_address_only_and_logout_ends_the_session()
    {
        if (world.Unavailable)
        {
            return;
        }

        using var client = world.NewClient();
        var token = WebTestData.FormToken(await client.GetStringAsync("/login?returnUrl=%2F%2Fevil.example%2F"));
        Assert.DoesNotContain("evil.example", await client.GetStringAsync("/login?returnUrl=%2F%2Fevil.example%2F"), StringComparison.Ordinal);
        using var login = await client.PostAsync("/login", Form(token, ("login", "FILLER-OWN"), ("password", AccountsWorld.Password), ("returnUrl", "https://evil.example/")));
        Assert.Equal("/workspace", login.Headers.Location!.OriginalString);

        var workspace = await client.GetStringAsync("/workspace");
        Assert.Contains("甲填报员（单位填报）", workspace, StringComparison.Ordinal);
        using var logout = await client.PostAsync("/logout", Form(WebTestData.FormToken(workspace)));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{world.DraftA}")).StatusCode);
    }

    [Fact]
    public async Task A_supervisor_comments_and_the_comment_is_shown_escaped_to_the_unit()
    {
        if (world.Unavailable)
        {
            return;
        }

        var supervisor = await world.ClientAsync("supervisor-region");
        var page = await supervisor.GetStringAsync($"/reports/{world.PublishedA}");
        Assert.DoesNotContain("name=\"action\"", page, StringComparison.Ordinal);

        using var posted = await supervisor.PostAsync($"/reports/{world.PublishedA}/comments", Form(Token(page), ("body", "三公经费<script>说明</script>不足")));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var unitPage = await (await world.ClientAsync("filler-own")).GetStringAsync($"/reports/{world.PublishedA}");
        Assert.Contains("<span class=\"who\">甲市人大</span>", unitPage, StringComparison.Ordinal);
        Assert.Contains("三公经费&lt;script&gt;说明&lt;/script&gt;不足", unitPage, StringComparison.Ordinal);
        Assert.DoesNotContain("甲市人大", await world.NewClient().GetStringAsync($"/reports/{world.PublishedA}"), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode, string)> AttemptAsync(HttpClient client, string login, string password)
    {
        var token = WebTestData.FormToken(await client.GetStringAsync("/login"));
        using var response = await client.PostAsync("/login", Form(token, ("login", login), ("password", password)));
        var html = await response.Content.ReadAsStringAsync();
        var error = System.Text.RegularExpressions.Regex.Match(html, "<p class=\"error\" role=\"alert\">([^<]*)</p>").Groups[1].Value;
        return (response.StatusCode, error);
    }

    private static string Token(string html) => WebTestData.FormToken(html);

    private static FormUrlEncodedContent Form(string? token, params (string Name, string Value)[] fields)
    {
        var values = fields.ToDictionary(f => f.Name, f => f.Value);
        if (token is not null)
        {
            values["__RequestVerificationToken"] = token;
        }

        return new FormUrlEncodedContent(values);
    }
}
