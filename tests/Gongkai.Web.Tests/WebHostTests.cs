using System.Net;
using Gongkai.Storage;
using Gongkai.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gongkai.Web.Tests;

public sealed class WebHostTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Healthz_answers_ok_when_the_database_is_reachable(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Healthz_answers_503_in_Chinese_when_the_database_is_gone()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var file = Path.Combine(temp.Path, GongkaiDatabase.FileName);
        Assert.True(File.Exists(file));

        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("数据库不可用", await response.Content.ReadAsStringAsync());
        Assert.False(File.Exists(file));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Home_page_is_Chinese_utf8_html_linking_healthz_and_the_audit_page(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using var factory = new GongkaiWebFactory(test);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("部门决算", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/audit\">上传审核</a>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"/css/site.css\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/healthz\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Start_creates_the_data_directory_the_database_and_the_migration_rows(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var dataDirectory = Path.Combine(test.DataDirectory, "not-yet-there");
        await using (var factory = new GongkaiWebFactory(dataDirectory) { ConnectionString = test.ConnectionString })
        {
            using var client = factory.CreateClient();
        }

        var database = test.Open(test.Shipped, dataDirectory: dataDirectory);
        Assert.True(Directory.Exists(dataDirectory));
        Assert.Equal(!test.IsPostgreSql, File.Exists(Path.Combine(dataDirectory, "gongkai.db")));
        var rows = await database.AppliedMigrationsAsync();
        Assert.Equal(test.Shipped.Select(m => (m.Version, m.Name, m.Checksum)), rows.Select(r => (r.Version, r.Name, r.Checksum)));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_second_start_applies_no_migration_again_and_keeps_the_data(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        await using (var first = new GongkaiWebFactory(test))
        {
            using var client = first.CreateClient();
        }

        var database = test.Open();
        var before = await database.AppliedMigrationsAsync();
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO reports (unit_name, year, kind, document, created_at, updated_at)
                VALUES ('某某市财政局', 2020, 'FinalAccounts', '{}', '2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z')
                """;
            await insert.ExecuteNonQueryAsync();
        }

        await using (var second = new GongkaiWebFactory(test))
        {
            using var client = second.CreateClient();
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before, await database.AppliedMigrationsAsync());
        await using var check = await database.OpenConnectionAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT count(*) FROM reports WHERE unit_name = '某某市财政局'";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Healthz_answers_503_while_the_postgresql_server_is_away_and_ok_again_when_it_is_back()
    {
        await using var test = await TestDatabase.CreateAsync(TestDatabase.PostgreSql);
        if (test is null)
        {
            return;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(test.ConnectionString);
        using var proxy = new TcpProxy(builder.Port);
        builder.Port = proxy.Port;
        var logs = new LogCollector();
        await using var factory = new GongkaiWebFactory(test.DataDirectory)
        {
            ConnectionString = builder.ConnectionString,
            ConfigureTestServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        proxy.Stop();
        using var down = await client.GetAsync("/healthz");
        var downBody = await down.Content.ReadAsStringAsync();
        using var page = await client.GetAsync("/");
        var pageBody = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("数据库不可用", downBody);
        Assert.True((int)page.StatusCode >= 500, page.StatusCode.ToString());
        Assert.DoesNotContain("Exception", pageBody, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", pageBody, StringComparison.Ordinal);
        Assert.DoesNotContain(builder.Password!, pageBody, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains(builder.Password!, StringComparison.Ordinal));

        proxy.Start();
        using var back = await client.GetAsync("/healthz");
        using var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Equal("ok", await back.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task A_malformed_connection_string_stops_the_start_with_one_Chinese_line_without_the_password()
    {
        var logs = new LogCollector();
        await using var factory = new GongkaiWebFactory(temp.Path)
        {
            ConnectionString = "Host=127.0.0.1;Port=many;Password=Secret-Pw-4711",
            ConfigureTestServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.StartsWith("公开（Gongkai）无法启动：PostgreSQL 连接字符串无效", critical.Message);
        Assert.DoesNotContain(logs.Entries, e => e.Message.Contains("Secret-Pw-4711", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_data_directory_that_cannot_be_created_stops_the_start_with_one_Chinese_line()
    {
        var blocker = Path.Combine(temp.Path, "blocker");
        await File.WriteAllTextAsync(blocker, "a file where the directory should be");
        var logs = new LogCollector();
        await using var factory = new GongkaiWebFactory(Path.Combine(blocker, "data"))
        {
            ConfigureTestServices = services => services.AddSingleton<ILoggerProvider>(logs),
        };

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var critical = Assert.Single(logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.StartsWith("公开（Gongkai）无法启动：无法创建数据目录 " + Path.Combine(blocker, "data") + "：", critical.Message);
        Assert.Null(critical.Exception);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Error && e.Exception is not null);
    }

    [Fact]
    public async Task An_unknown_path_answers_404_in_Chinese()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("找不到页面：/no-such-page", await response.Content.ReadAsStringAsync());
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task An_exception_answers_500_in_Chinese_without_any_detail_even_in_Development()
    {
        // A middleware behind the host's own pipeline that throws for one path: the host's error handling is what
        // stands between it and the user.
        await using var factory = new GongkaiWebFactory(temp.Path)
        {
            ConfigureTestServices = services => services.AddTransient<IStartupFilter, ThrowingStartupFilter>(),
        };
        using var client = factory.WithWebHostBuilder(b => b.UseEnvironment("Development")).CreateClient();

        using var response = await client.GetAsync("/boom");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.StartsWith("服务器内部错误，请稍后重试。如果问题持续，请将错误编号告知管理员：", body);
        Assert.DoesNotContain(ThrowingStartupFilter.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class ThrowingStartupFilter : IStartupFilter
    {
        public const string Secret = "internal detail that must not reach the user";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, RequestDelegate following) =>
                context.Request.Path == "/boom" ? throw new InvalidOperationException(Secret) : following(context));
        };
    }
}
