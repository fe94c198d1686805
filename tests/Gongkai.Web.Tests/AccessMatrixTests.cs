using System.Net;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// Issue 8 §4: for every report page and endpoint, who may do what — the public, a unit filler of the report's unit
/// and of another, a reviewer assigned to it and one not, a supervisor of its region and of another, an
/// administrator — on a published and an unpublished report. Writes are sent with a stale row version, so an
/// allowed writer gets 409 (past every access check, stopped by concurrency) and nothing changes.
/// </summary>
public abstract class AccessMatrixTests(AccountsWorld world)
{
    // Expected status per actor, in the order of AccountsWorld.Actors:
    // public, filler-own, filler-other, reviewer-assigned, reviewer-not, supervisor-region, supervisor-other, admin.
    public static TheoryData<string, string, int[]> Matrix() => new()
    {
        { "GET /reports/{id}", "published", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "GET /reports/{id}", "draft", [404, 200, 404, 200, 404, 200, 404, 200] },
        { "GET /reports/{id}.json", "published", [200, 200, 200, 200, 200, 200, 200, 200] },
        { "GET /reports/{id}.json", "draft", [404, 200, 404, 200, 404, 200, 404, 200] },
        { "GET /reports/{id}/history", "published", [404, 200, 404, 200, 404, 200, 404, 200] },
        { "GET /reports/{id}/history", "draft", [404, 200, 404, 200, 404, 200, 404, 200] },
        { "GET /api/reports/{id}/history", "published", [404, 200, 404, 200, 404, 200, 404, 200] },
        { "GET /api/reports/{id}/history", "draft", [404, 200, 404, 200, 404, 200, 404, 200] },
        { "PUT /api/reports/{id}", "published", [401, 403, 403, 403, 403, 403, 403, 403] },
        { "PUT /api/reports/{id}", "draft", [401, 409, 404, 403, 404, 403, 404, 403] },
        { "POST /api/reports/{id}/transitions Submit", "published", [401, 403, 403, 403, 403, 403, 403, 403] },
        { "POST /api/reports/{id}/transitions Submit", "draft", [401, 409, 404, 403, 404, 403, 404, 403] },
        { "POST /api/reports/{id}/transitions Approve", "draft", [401, 403, 404, 403, 404, 403, 404, 403] },
        { "POST /reports/{id}/transitions Submit", "draft", [302, 409, 404, 403, 404, 403, 404, 403] },
        { "POST /reports/{id}/comments", "published", [302, 403, 403, 422, 403, 422, 403, 403] },
        { "POST /reports/{id}/comments", "draft", [302, 403, 404, 422, 404, 422, 404, 403] },
    };

    [Theory]
    [MemberData(nameof(Matrix), MemberType = typeof(AccessMatrixTests))]
    public async Task Each_actor_gets_exactly_the_expected_answer(string endpoint, string target, int[] expected)
    {
        if (world.Unavailable)
        {
            return;
        }

        var id = target == "published" ? world.PublishedA : world.DraftA;
        var before = await world.RowVersionAsync(id);
        var actual = new List<int>();
        foreach (var actor in AccountsWorld.Actors)
        {
            var client = await world.ClientAsync(actor);
            using var response = await SendAsync(client, endpoint, id);
            actual.Add((int)response.StatusCode);
            if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden)
            {
                // A refusal shows nothing of the report.
                Assert.DoesNotContain("测试局", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(expected, actual);
        Assert.Equal(before, await world.RowVersionAsync(id));
    }

    [Theory]
    [InlineData("filler-own", true, false)]
    [InlineData("filler-other", false, true)]
    [InlineData("reviewer-assigned", true, false)]
    [InlineData("reviewer-not", false, true)]
    [InlineData("supervisor-region", true, false)]
    [InlineData("supervisor-other", false, true)]
    public async Task The_workspace_lists_only_the_reports_in_scope(string actor, bool seesA, bool seesB)
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync(actor);

        var html = await client.GetStringAsync("/workspace");

        Assert.Equal(seesA, html.Contains("甲市乙区测试局 2021年", StringComparison.Ordinal));
        Assert.Equal(seesA, html.Contains("甲市乙区测试局 2020年", StringComparison.Ordinal));
        Assert.Equal(seesB, html.Contains("丙市丁区测试局 2022年", StringComparison.Ordinal));
        Assert.DoesNotContain("create-user", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_workspace_sends_the_public_to_the_login_and_shows_the_administrator_users_units_and_forms()
    {
        if (world.Unavailable)
        {
            return;
        }

        using var anonymous = await world.ClientAsync("public").ContinueWith(t => t.Result.GetAsync("/workspace")).Unwrap();
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal("/login?returnUrl=%2Fworkspace", anonymous.Headers.Location!.OriginalString);

        var html = await (await world.ClientAsync("admin")).GetStringAsync("/workspace");
        Assert.Contains("<td>filler-own</td><td>甲填报员</td><td>单位填报</td><td>甲市乙区测试局</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>reviewer-assigned</td><td>甲审核员</td><td>审核</td><td></td><td></td><td>甲市乙区测试局</td>", html, StringComparison.Ordinal);
        Assert.Contains("<li>丙市丁区测试局（测试省丙市丁区）</li>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/workspace/users\"", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/workspace/units\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public", 302)]
    [InlineData("filler-own", 403)]
    [InlineData("reviewer-assigned", 403)]
    [InlineData("supervisor-region", 403)]
    [InlineData("admin", 400)]
    public async Task Only_the_administrator_creates_users(string actor, int expected)
    {
        if (world.Unavailable)
        {
            return;
        }

        var client = await world.ClientAsync(actor);
        var token = await AccountsWorld.TokenAsync(client);

        // A password too short: the administrator gets the form back with the reason, everyone else is refused first.
        using var response = await client.PostAsync("/workspace/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["login"] = "new-" + actor,
            ["displayName"] = "新用户",
            ["password"] = "short",
            ["role"] = "Administrator",
        }));

        Assert.Equal(expected, (int)response.StatusCode);
        if (expected == 400)
        {
            Assert.Contains("密码至少需要 8 个字符。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_administrator_creates_a_unit_and_a_filler_who_can_then_sign_in()
    {
        if (world.Unavailable)
        {
            return;
        }

        var admin = await world.ClientAsync("admin");
        var token = await AccountsWorld.TokenAsync(admin);
        using var unit = await admin.PostAsync("/workspace/units", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["name"] = "戊单位", ["region"] = "测试省戊市",
        }));
        Assert.Equal(HttpStatusCode.OK, unit.StatusCode);
        var unitId = (await world.Factory.Services.GetRequiredService<Storage.Accounts.UnitStore>().FindAsync(new Access.UnitKey("测试省戊市", "戊单位")))!.Id;

        using var user = await admin.PostAsync("/workspace/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["login"] = "wu-filler", ["displayName"] = "戊填报员", ["password"] = "wu-password-1",
            ["role"] = "UnitFiller", ["unitId"] = unitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.OK, user.StatusCode);
        Assert.Contains("已创建用户“wu-filler”。", await user.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var client = world.NewClient();
        await AccountsWorld.SignInAsync(client, "wu-filler", "wu-password-1", HttpStatusCode.Redirect);
        Assert.Contains("戊单位 的报告", await client.GetStringAsync("/workspace"), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string endpoint, long id)
    {
        const long Stale = 999;
        var token = await AccountsWorld.TokenAsync(client);
        var form = (Dictionary<string, string> fields) =>
        {
            fields["__RequestVerificationToken"] = token;
            return new FormUrlEncodedContent(fields);
        };
        return endpoint switch
        {
            "GET /reports/{id}" => await client.GetAsync($"/reports/{id}"),
            "GET /reports/{id}.json" => await client.GetAsync($"/reports/{id}.json"),
            "GET /reports/{id}/history" => await client.GetAsync($"/reports/{id}/history"),
            "GET /api/reports/{id}/history" => await client.GetAsync($"/api/reports/{id}/history"),
            "PUT /api/reports/{id}" => await AccountsWorld.SaveAsync(client, id, Stale, AccountsWorld.Document(AccountsWorld.UnitA, id == world.DraftA ? 2021 : 2020), token),
            "POST /api/reports/{id}/transitions Submit" => await AccountsWorld.TransitionAsync(client, id, "Submit", null, Stale, token),
            "POST /api/reports/{id}/transitions Approve" => await AccountsWorld.TransitionAsync(client, id, "Approve", null, Stale, token),
            "POST /reports/{id}/transitions Submit" => await client.PostAsync(
                $"/reports/{id}/transitions", form(new() { ["action"] = "Submit", ["rowVersion"] = Stale.ToString(System.Globalization.CultureInfo.InvariantCulture) })),
            "POST /reports/{id}/comments" => await client.PostAsync($"/reports/{id}/comments", form(new() { ["body"] = " " })),
            _ => throw new ArgumentException(endpoint),
        };
    }
}
