using Microsoft.Data.Sqlite;

namespace Gongkai.Storage.Tests;

public sealed class GongkaiDatabaseTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Migrate_creates_the_directory_and_the_file_and_records_each_migration()
    {
        var dataDirectory = Path.Combine(temp.Path, "nested", "data");
        var database = new GongkaiDatabase(dataDirectory, new FixedClock(Now));

        var applied = await database.MigrateAsync();

        Assert.Equal(Path.Combine(dataDirectory, "gongkai.db"), database.FilePath);
        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(SqlMigrations.Sqlite, applied);
        var rows = await database.AppliedMigrationsAsync();
        Assert.Equal(SqlMigrations.Sqlite.Select(m => (m.Version, m.Name, m.Checksum)), rows.Select(r => (r.Version, r.Name, r.Checksum)));
        Assert.All(rows, r => Assert.Equal(Now, r.AppliedAt));
        Assert.Equal(["report_comments", "report_history", "reports", "reviewer_units", "schema_migrations", "units", "users"], await TableNamesAsync(database));
    }

    [Fact]
    public async Task Migrate_a_second_time_applies_nothing_and_keeps_data()
    {
        var first = new GongkaiDatabase(temp.Path, new FixedClock(Now));
        await first.MigrateAsync();
        await InsertReportAsync(first, "某某市财政局", 2020, "FinalAccounts", """{"format":"gongkai.report"}""");

        var second = new GongkaiDatabase(temp.Path, new FixedClock(Now.AddDays(1)));
        var applied = await second.MigrateAsync();

        Assert.Empty(applied);
        var rows = await second.AppliedMigrationsAsync();
        Assert.Equal(SqlMigrations.Sqlite.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(Now, r.AppliedAt));
        Assert.Equal(1L, await ScalarAsync(second, "SELECT count(*) FROM reports WHERE unit_name = '某某市财政局' AND year = 2020"));
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

    [Fact]
    public async Task CanConnect_is_false_for_a_database_without_the_migration_ledger()
    {
        var database = new GongkaiDatabase(temp.Path);
        await using (var connection = await database.OpenConnectionAsync())
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE other (x INTEGER)";
            await command.ExecuteNonQueryAsync();
        }

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

    [Fact]
    public async Task Reports_table_enforces_valid_json_and_one_row_per_unit_year_and_kind()
    {
        var database = new GongkaiDatabase(temp.Path, new FixedClock(Now));
        await database.MigrateAsync();

        await InsertReportAsync(database, "某某市财政局", 2020, "FinalAccounts", """{"format":"gongkai.report","version":1}""");
        await InsertReportAsync(database, "某某市财政局", 2020, "Budget", """{"format":"gongkai.report","version":1}""");
        await InsertReportAsync(database, "某某市财政局", 2021, "FinalAccounts", """{"format":"gongkai.report","version":1}""");

        var duplicate = await Assert.ThrowsAsync<SqliteException>(
            () => InsertReportAsync(database, "某某市财政局", 2020, "FinalAccounts", "{}"));
        Assert.Contains("UNIQUE", duplicate.Message, StringComparison.Ordinal);
        var badJson = await Assert.ThrowsAsync<SqliteException>(
            () => InsertReportAsync(database, "某某市教育局", 2020, "FinalAccounts", "{not json"));
        Assert.Contains("CHECK", badJson.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<SqliteException>(() => InsertReportAsync(database, "某某市教育局", 2020, "Plan", "{}"));
        await Assert.ThrowsAsync<SqliteException>(() => InsertReportAsync(database, " ", 2020, "Budget", "{}"));

        Assert.Equal(3L, await ScalarAsync(database, "SELECT count(*) FROM reports"));
        Assert.Equal("Draft", await ScalarAsync(database, "SELECT DISTINCT status FROM reports"));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT DISTINCT row_version FROM reports"));
    }

    internal static async Task InsertReportAsync(GongkaiDatabase database, string unit, int year, string kind, string json)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO reports (unit_name, year, kind, document, created_at, updated_at)
            VALUES ($unit, $year, $kind, $json, $at, $at)
            """;
        command.Parameters.AddWithValue("$unit", unit);
        command.Parameters.AddWithValue("$year", year);
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$json", json);
        command.Parameters.AddWithValue("$at", Now.ToString("O"));
        await command.ExecuteNonQueryAsync();
    }

    internal static async Task<object?> ScalarAsync(GongkaiDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    internal static async Task<List<string>> TableNamesAsync(GongkaiDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
