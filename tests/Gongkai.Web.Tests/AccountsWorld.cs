using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Access;
using Gongkai.Documents.Canonical;
using Gongkai.Storage.Accounts;
using Gongkai.Storage.Reports;
using Gongkai.Workflow;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// A running site with two units in two regions, a report of each in each state the tests need, and one account per
/// relation the access policy tells apart, each with its own cookie-holding client.
/// </summary>
public abstract partial class AccountsWorld : IAsyncLifetime
{
    /// <summary>The password of every test account.</summary>
    public const string Password = "test-password-1";

    public static readonly UnitKey UnitA = new("测试省甲市乙区", "甲市乙区测试局");
    public static readonly UnitKey UnitB = new("测试省丙市丁区", "丙市丁区测试局");

    /// <summary>Every actor of the matrix: the public and one account per relation to unit A's reports.</summary>
    public static readonly string[] Actors = ["public", "filler-own", "filler-other", "reviewer-assigned", "reviewer-not", "supervisor-region", "supervisor-other", "admin"];

    private readonly TempDirectory demo = new();
    private Gongkai.Testing.TestDatabase? database;
    private readonly Dictionary<string, HttpClient> clients = [];

    internal GongkaiWebFactory Factory { get; private set; } = null!;

    /// <summary>Whether the provider cannot run here (PostgreSQL without a test server): the tests then return at once.</summary>
    public bool Unavailable => database is null;

    /// <summary>The provider this world runs on (<see cref="Gongkai.Testing.TestDatabase.Sqlite"/> or PostgreSql).</summary>
    protected abstract string Provider { get; }

    /// <summary>Unit A's published report (2020).</summary>
    public long PublishedA { get; private set; }

    /// <summary>Unit A's draft (2021).</summary>
    public long DraftA { get; private set; }

    public async Task InitializeAsync()
    {
        database = await Gongkai.Testing.TestDatabase.CreateAsync(Provider);
        if (database is null)
        {
            return;
        }

        // An empty demo directory: the tests' own units and reports only, whatever demo data the site ships.
        Factory = new GongkaiWebFactory(database) { DemoDataDirectory = demo.Path };
        using (Factory.CreateClient())
        {
        }

        var services = Factory.Services;
        var units = services.GetRequiredService<UnitStore>();
        var users = services.GetRequiredService<UserStore>();
        var a = await units.CreateAsync(UnitA);
        var b = await units.CreateAsync(UnitB);
        await users.CreateAsync(new NewUser("filler-own", "甲填报员", Role.UnitFiller, UnitId: a.Id), Password);
        await users.CreateAsync(new NewUser("filler-other", "丙填报员", Role.UnitFiller, UnitId: b.Id), Password);
        await users.CreateAsync(new NewUser("reviewer-assigned", "甲审核员", Role.Reviewer, AssignedUnitIds: [a.Id]), Password);
        await users.CreateAsync(new NewUser("reviewer-not", "丙审核员", Role.Reviewer, AssignedUnitIds: [b.Id]), Password);
        await users.CreateAsync(new NewUser("supervisor-region", "甲市人大", Role.Supervisor, Region: "测试省甲市"), Password);
        await users.CreateAsync(new NewUser("supervisor-other", "丙市人大", Role.Supervisor, Region: "测试省丙市"), Password);
        await users.CreateAsync(new NewUser("admin-test", "测试管理员", Role.Administrator), Password);

        PublishedA = await InsertAsync(UnitA, 2020, ReportStatus.Published);
        DraftA = await InsertAsync(UnitA, 2021, ReportStatus.Draft);
        await InsertAsync(UnitB, 2021, ReportStatus.Published);
        await InsertAsync(UnitB, 2022, ReportStatus.Draft);
    }

    public async Task DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        if (database is not null)
        {
            await Factory.DisposeAsync();
            await database.DisposeAsync();
        }

        demo.Dispose();
    }

    /// <summary>Seed 001 as unit <paramref name="unit"/>'s report of <paramref name="year"/>, stored in a state.</summary>
    public async Task<long> InsertAsync(UnitKey unit, int year, ReportStatus status)
    {
        var stored = await Factory.Services.GetRequiredService<ReportStore>().InsertAsync(
            new NewReport(unit.Region, unit.Name, year, Model.DisclosureKind.FinalAccounts, status, Document(unit, year)));
        return stored.Id;
    }

    /// <summary>Seed 001's canonical JSON as another unit's and year's.</summary>
    public static string Document(UnitKey unit, int year, Action<Model.UnitYearReport>? change = null)
    {
        var report = CanonicalJsonReader.ReadFile(WebTestData.Seed001Path);
        report.Unit.Name = unit.Name;
        report.Unit.Region = unit.Region;
        report.Year = year;
        change?.Invoke(report);
        return CanonicalJsonWriter.Write(report);
    }

    /// <summary>A client that does not follow redirects, signed in as the actor (the public: not signed in).</summary>
    public async Task<HttpClient> ClientAsync(string actor)
    {
        if (clients.TryGetValue(actor, out var cached))
        {
            return cached;
        }

        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (actor != "public")
        {
            await SignInAsync(client, actor == "admin" ? "admin-test" : actor, Password, expect: HttpStatusCode.Redirect);
        }

        clients[actor] = client;
        return client;
    }

    /// <summary>A fresh client without a session.</summary>
    public HttpClient NewClient() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Posts the login form (with the token of the login page) and checks the status.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string login, string password, HttpStatusCode expect)
    {
        var token = WebTestData.FormToken(await client.GetStringAsync("/login"));
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["login"] = login,
            ["password"] = password,
        }));
        Assert.Equal(expect, response.StatusCode);
        return response;
    }

    /// <summary>An anti-forgery token for the client's session: from its workspace, or the login page for the public.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var workspace = await client.GetAsync("/workspace");
        var html = workspace.StatusCode == HttpStatusCode.OK ? await workspace.Content.ReadAsStringAsync() : await client.GetStringAsync("/login");
        return WebTestData.FormToken(html);
    }

    /// <summary>The report's row version as stored now.</summary>
    public async Task<long> RowVersionAsync(long id) =>
        (await Factory.Services.GetRequiredService<ReportStore>().GetAsync(id))!.RowVersion;

    /// <summary>PUT /api/reports/{id} with the token header (when given).</summary>
    public static Task<HttpResponseMessage> SaveAsync(HttpClient client, long id, long rowVersion, string document, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/reports/{id}")
        {
            Content = new StringContent($$"""{"rowVersion":{{rowVersion}},"document":{{document}}}""", System.Text.Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return client.SendAsync(request);
    }

    /// <summary>POST /api/reports/{id}/transitions with the token header (when given).</summary>
    public static Task<HttpResponseMessage> TransitionAsync(HttpClient client, long id, string action, string? comment, long rowVersion, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/reports/{id}/transitions")
        {
            Content = JsonContent.Create(new { action, comment, rowVersion }),
        };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return client.SendAsync(request);
    }

    /// <summary>The "error" of an API refusal.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("error").GetString()!;

    /// <summary>The report page's data-row-version.</summary>
    public static long PageRowVersion(string html) => long.Parse(RowVersionPattern().Match(html).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("data-row-version=\"(\\d+)\"")]
    private static partial Regex RowVersionPattern();
}
