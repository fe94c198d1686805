using System.Data.Common;
using Gongkai.Testing;
using Microsoft.Data.Sqlite;

namespace Gongkai.Storage.Tests;

public sealed class GongkaiDatabaseTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Migrate_creates_the_directory_and_the_database_and_records_each_migration(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var dataDirectory = Path.Combine(test.DataDirectory, "nested", "data");
        var database = test.Open(test.Shipped, new FixedClock(Now), dataDirectory);

        var applied = await database.MigrateAsync();

        Assert.True(Directory.Exists(dataDirectory));
        Assert.Equal(test.IsPostgreSql, !File.Exists(Path.Combine(dataDirectory, "gongkai.db")));
        Assert.Equal(test.IsPostgreSql ? DatabaseProvider.PostgreSql : DatabaseProvider.Sqlite, database.Provider);
        Assert.Equal(test.Shipped, applied);
        var rows = await database.AppliedMigrationsAsync();
        Assert.Equal(test.Shipped.Select(m => (m.Version, m.Name, m.Checksum)), rows.Select(r => (r.Version, r.Name, r.Checksum)));
        Assert.All(rows, r => Assert.Equal(Now, r.AppliedAt));
        var tables = await TableNamesAsync(database);
        Assert.Contains("reports", tables);
        Assert.Contains("schema_migrations", tables);
        Assert.Equal("2026-03-01T08:30:00.0000000+00:00", await ScalarAsync(database, "SELECT applied_at FROM schema_migrations WHERE version = 1"));
    }

    [Fact]
    public async Task The_sqlite_file_is_gongkai_db_in_the_data_directory()
    {
        var dataDirectory = Path.Combine(temp.Path, "nested", "data");
        var database = new GongkaiDatabase(dataDirectory, new FixedClock(Now));

        await database.MigrateAsync();

        Assert.Equal(Path.Combine(dataDirectory, "gongkai.db"), database.FilePath);
        Assert.Equal(database.FilePath, database.DisplayName);
        Assert.True(File.Exists(database.FilePath));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Migrate_a_second_time_applies_nothing_and_keeps_data(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var first = test.Open(new FixedClock(Now));
        await first.MigrateAsync();
        await InsertReportAsync(first, "某某市财政局", 2020, "FinalAccounts", """{"format":"gongkai.report"}""");

        var second = test.Open(new FixedClock(Now.AddDays(1)));
        var applied = await second.MigrateAsync();

        Assert.Empty(applied);
        var rows = await second.AppliedMigrationsAsync();
        Assert.Equal(test.Shipped.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(Now, r.AppliedAt));
        Assert.Equal(1L, await ScalarAsync(second, "SELECT count(*) FROM reports WHERE unit_name = '某某市财政局' AND year = 2020"));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Concurrent_migrators_apply_each_migration_exactly_once(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => test.Open().MigrateAsync())));

        Assert.Equal(test.Shipped.Count, results.Sum(r => r.Count));
        Assert.Equal(test.Shipped.Select(m => m.Version), results.SelectMany(r => r).Select(m => m.Version).Order());
        Assert.Equal(test.Shipped.Count, (await test.Open().AppliedMigrationsAsync()).Count);
    }

    [Fact]
    public async Task CanConnect_is_false_without_the_file_true_after_migration_and_false_after_deletion()
    {
        var database = new GongkaiDatabase(temp.Path);

        Assert.False(await database.CanConnectAsync());
        Assert.False(File.Exists(database.FilePath));

        await database.MigrateAsync();
        Assert.True(await database.CanConnectAsync());

        SqliteConnection.ClearAllPools();
        File.Delete(database.FilePath);
        File.Delete(database.FilePath + "-wal");
        File.Delete(database.FilePath + "-shm");
        Assert.False(await database.CanConnectAsync());
        Assert.False(File.Exists(database.FilePath));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task CanConnect_is_false_for_a_database_without_the_migration_ledger_and_true_once_migrated(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var database = test.Open();
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand(null, "CREATE TABLE other (x INTEGER)");
            await command.ExecuteNonQueryAsync();
        }

        Assert.False(await database.CanConnectAsync());
        await database.MigrateAsync();
        Assert.True(await database.CanConnectAsync());
    }

    [Fact]
    public async Task A_postgresql_server_that_cannot_be_reached_is_reported_in_Chinese_without_the_password()
    {
        var port = ClosedPort();
        var database = GongkaiDatabase.ForPostgreSql(
            $"Host=127.0.0.1;Port={port};Database=gongkai;Username=gongkai;Password=Secret-Pw-4711;Timeout=3", temp.Path);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.OpenConnectionAsync());
        var migrate = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.Equal(DatabaseProvider.PostgreSql, database.Provider);
        Assert.Equal($"PostgreSQL 数据库 gongkai（127.0.0.1:{port}）", database.DisplayName);
        Assert.StartsWith($"无法打开数据库 PostgreSQL 数据库 gongkai（127.0.0.1:{port}）：", error.Message);
        Assert.DoesNotContain("Secret-Pw-4711", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pw-4711", migrate.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-Pw-4711", database.DisplayName, StringComparison.Ordinal);
        Assert.False(await database.CanConnectAsync());
    }

    [Theory]
    [InlineData("Host=127.0.0.1;Password=Secret-Pw-4711;Port=not-a-number")]
    [InlineData("Password=Secret-Pw-4711;Database=gongkai")]
    [InlineData("Password=Secret-Pw-4711;Nonsense Keyword=1")]
    public void A_malformed_connection_string_is_refused_in_Chinese_without_repeating_it(string connectionString)
    {
        var error = Assert.Throws<StorageException>(() => GongkaiDatabase.ForPostgreSql(connectionString, temp.Path));

        Assert.StartsWith("PostgreSQL 连接字符串无效", error.Message);
        Assert.DoesNotContain("Secret-Pw-4711", error.Message, StringComparison.Ordinal);
        Assert.Null(error.InnerException);
    }

    [Fact]
    public async Task A_wrong_postgresql_password_is_reported_without_either_password()
    {
        await using var test = await TestDatabase.CreateAsync(TestDatabase.PostgreSql);
        if (test is null)
        {
            return;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(test.ConnectionString) { Password = "Wrong-Pw-0815" };
        var database = GongkaiDatabase.ForPostgreSql(builder.ConnectionString, test.DataDirectory);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.StartsWith("无法打开数据库 PostgreSQL 数据库 gk_", error.Message);
        Assert.DoesNotContain("Wrong-Pw-0815", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(new Npgsql.NpgsqlConnectionStringBuilder(test.ConnectionString).Password!, error.Message, StringComparison.Ordinal);
        Assert.False(await database.CanConnectAsync());
    }

    [Fact]
    public async Task Migrate_reports_an_unusable_data_directory_in_Chinese()
    {
        var blocker = Path.Combine(temp.Path, "blocker");
        await File.WriteAllTextAsync(blocker, "a file where the directory should be");
        var database = new GongkaiDatabase(Path.Combine(blocker, "data"));

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.StartsWith("无法创建数据目录 " + Path.Combine(blocker, "data") + "：", error.Message);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Reports_table_enforces_valid_json_and_one_row_per_unit_year_and_kind(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var database = test.Open(new FixedClock(Now));
        await database.MigrateAsync();

        await InsertReportAsync(database, "某某市财政局", 2020, "FinalAccounts", """{"format":"gongkai.report","version":1}""");
        await InsertReportAsync(database, "某某市财政局", 2020, "Budget", """{"format":"gongkai.report","version":1}""");
        await InsertReportAsync(database, "某某市财政局", 2021, "FinalAccounts", """{"format":"gongkai.report","version":1}""");

        var duplicate = await Assert.ThrowsAnyAsync<DbException>(
            () => InsertReportAsync(database, "某某市财政局", 2020, "FinalAccounts", "{}"));
        Assert.True(IsViolation(duplicate, "UNIQUE", "23505"), duplicate.Message);
        var badJson = await Assert.ThrowsAnyAsync<DbException>(
            () => InsertReportAsync(database, "某某市教育局", 2020, "FinalAccounts", "{not json"));
        Assert.True(IsViolation(badJson, "CHECK", "23514"), badJson.Message);
        var badKind = await Assert.ThrowsAnyAsync<DbException>(() => InsertReportAsync(database, "某某市教育局", 2020, "Plan", "{}"));
        Assert.True(IsViolation(badKind, "CHECK", "23514"), badKind.Message);
        var blank = await Assert.ThrowsAnyAsync<DbException>(() => InsertReportAsync(database, " ", 2020, "Budget", "{}"));
        Assert.True(IsViolation(blank, "CHECK", "23514"), blank.Message);
        var badYear = await Assert.ThrowsAnyAsync<DbException>(() => InsertReportAsync(database, "某某市教育局", 1900, "Budget", "{}"));
        Assert.True(IsViolation(badYear, "CHECK", "23514"), badYear.Message);

        Assert.Equal(3L, await ScalarAsync(database, "SELECT count(*) FROM reports"));
        Assert.Equal("Draft", await ScalarAsync(database, "SELECT DISTINCT status FROM reports"));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT DISTINCT row_version FROM reports"));
    }

    /// <summary>A constraint violation: SQLite names the kind in its message, PostgreSQL gives the SQLSTATE.</summary>
    internal static bool IsViolation(DbException error, string sqliteWord, string sqlState) =>
        error is SqliteException
            ? error.Message.Contains(sqliteWord, StringComparison.Ordinal)
            : error.SqlState == sqlState;

    internal static async Task InsertReportAsync(GongkaiDatabase database, string unit, int year, string kind, string json)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand(null, """
            INSERT INTO reports (unit_name, year, kind, document, created_at, updated_at)
            VALUES (@unit, @year, @kind, @json, @at, @at)
            """);
        command.AddParameter("@unit", unit)
            .AddParameter("@year", year)
            .AddParameter("@kind", kind)
            .AddParameter("@json", json)
            .AddParameter("@at", StorageTime.Format(Now));
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<object?> ScalarAsync(GongkaiDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand(null, sql);
        return await command.ExecuteScalarAsync();
    }

    internal static async Task<List<string>> TableNamesAsync(GongkaiDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand(
            null,
            database.Provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
                : "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1");
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>A loopback port nobody listens on (bound and released at once).</summary>
    internal static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
