using System.Net;
using System.Text.Json;
using Gongkai.Documents.Canonical;
using Gongkai.Storage.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>POST /api/reports/{id}/next-year on SQLite: who may start a year (a published report is readable by all, so another unit is refused with 403), and what the draft holds.</summary>
public sealed class NextYearApiTests(SqliteAccountsWorld world) : IClassFixture<SqliteAccountsWorld>
{
    private static HttpRequestMessage Post(long id, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/{id}/next-year");
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return request;
    }

    [Fact]
    public async Task The_own_filler_starts_2022_from_the_2021_draft_with_no_figure_and_a_second_start_is_409()
    {
        var client = await world.ClientAsync("filler-own");
        var token = await AccountsWorld.TokenAsync(client);

        using var created = await client.SendAsync(Post(world.DraftA, token));
        using var again = await client.SendAsync(Post(world.DraftA, token));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal(2022, body.RootElement.GetProperty("year").GetInt32());
        var stored = await world.Factory.Services.GetRequiredService<ReportStore>().GetAsync(body.RootElement.GetProperty("id").GetInt64());
        Assert.Equal(Gongkai.Workflow.ReportStatus.Draft, stored!.Status);
        var draft = CanonicalJsonReader.Read(stored.Document, "draft.json");
        Assert.All(draft.Tables, t => Assert.Empty(t.Rows));
        Assert.Equal(AccountsWorld.UnitA.Name, draft.Unit.Name);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Theory]
    [InlineData("public", HttpStatusCode.Unauthorized)]
    [InlineData("filler-other", HttpStatusCode.Forbidden)]
    [InlineData("reviewer-assigned", HttpStatusCode.Forbidden)]
    [InlineData("supervisor-region", HttpStatusCode.Forbidden)]
    public async Task Others_may_not_start_a_year_of_unit_A(string actor, HttpStatusCode expected)
    {
        var client = await world.ClientAsync(actor);
        var token = await AccountsWorld.TokenAsync(client);

        using var response = await client.SendAsync(Post(world.PublishedA, token));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Without_the_token_nothing_is_created()
    {
        var client = await world.ClientAsync("filler-own");

        using var response = await client.SendAsync(Post(world.PublishedA, null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
