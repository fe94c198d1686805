using Gongkai.Testing;

namespace Gongkai.Storage.Tests;

public sealed class MigrationFailureTests
{
    // The first statement succeeds, the second fails: without the transaction the table half_done would remain.
    private const string BrokenSql = "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);";

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_failing_migration_leaves_nothing_half_applied_and_says_which_one_in_Chinese(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var next = test.Shipped.Count + 1;
        await test.Open().MigrateAsync();
        var tables = await GongkaiDatabaseTests.TableNamesAsync(test.Open());
        var database = test.Open([.. test.Shipped, new SqlMigration(next, "broken", BrokenSql)]);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.StartsWith($"数据库 {database.DisplayName}：迁移 {next}（broken）执行失败，已回滚，数据库保持迁移前的状态：", error.Message);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Equal(tables, await GongkaiDatabaseTests.TableNamesAsync(database));
        Assert.DoesNotContain("half_done", tables);
        Assert.Equal(test.Shipped.Select(m => m.Version), (await database.AppliedMigrationsAsync()).Select(m => m.Version));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_failing_first_migration_leaves_an_empty_database(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var database = test.Open([new SqlMigration(1, "broken", BrokenSql)]);

        await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.Empty(await GongkaiDatabaseTests.TableNamesAsync(database));
        Assert.False(await database.CanConnectAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task After_a_failure_the_mended_migration_applies(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var next = test.Shipped.Count + 1;
        await Assert.ThrowsAsync<StorageException>(() => test.Open([.. test.Shipped, new SqlMigration(next, "broken", BrokenSql)]).MigrateAsync());
        var mended = new SqlMigration(next, "broken", "CREATE TABLE half_done (x INTEGER);");

        var applied = await test.Open([.. test.Shipped, mended]).MigrateAsync();

        Assert.Equal([mended], applied);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_script_edited_after_it_was_applied_stops_the_migration(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var next = test.Shipped.Count + 1;
        await test.Open([.. test.Shipped, new SqlMigration(next, "extra", "CREATE TABLE extra (x INTEGER);")]).MigrateAsync();
        var database = test.Open([.. test.Shipped, new SqlMigration(next, "extra", "CREATE TABLE extra (x INTEGER, y TEXT);")]);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.Equal(
            $"数据库 {database.DisplayName}：已应用的迁移 {next}（extra）与程序自带的脚本不一致（脚本在应用后被修改过）。", error.Message);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_database_from_a_newer_program_is_not_touched(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var next = test.Shipped.Count + 1;
        await test.Open([.. test.Shipped, new SqlMigration(next, "from_the_future", "CREATE TABLE future (x INTEGER);")]).MigrateAsync();
        var database = test.Open();

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.StartsWith($"数据库 {database.DisplayName} 含有本程序不认识的迁移 {next}（from_the_future）", error.Message);
    }
}
