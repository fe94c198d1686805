namespace Gongkai.Storage.Tests;

public sealed class MigrationFailureTests : IDisposable
{
    // The first statement succeeds, the second fails: without the transaction the table half_done would remain.
    private static readonly int Next = SqlMigrations.Sqlite.Count + 1;

    private static readonly SqlMigration Broken =
        new(Next, "broken", "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);");

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_failing_migration_leaves_nothing_half_applied_and_says_which_one_in_Chinese()
    {
        var database = new GongkaiDatabase(temp.Path, [.. SqlMigrations.Sqlite, Broken]);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.StartsWith($"数据库 {database.FilePath}：迁移 {Next}（broken）执行失败，已回滚，数据库保持迁移前的状态：", error.Message);
        Assert.Contains("no_such_table", error.Message, StringComparison.Ordinal);
        Assert.Equal(["report_comments", "report_history", "reports", "reviewer_units", "schema_migrations", "units", "users"], await GongkaiDatabaseTests.TableNamesAsync(database));
        Assert.Equal(SqlMigrations.Sqlite.Select(m => m.Version), (await database.AppliedMigrationsAsync()).Select(m => m.Version));
    }

    [Fact]
    public async Task A_failing_first_migration_leaves_an_empty_database()
    {
        var database = new GongkaiDatabase(temp.Path, [new SqlMigration(1, "broken", Broken.Sql)]);

        await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.Empty(await GongkaiDatabaseTests.TableNamesAsync(database));
        Assert.False(await database.CanConnectAsync());
    }

    [Fact]
    public async Task After_a_failure_the_mended_migration_applies()
    {
        await Assert.ThrowsAsync<StorageException>(() => new GongkaiDatabase(temp.Path, [.. SqlMigrations.Sqlite, Broken]).MigrateAsync());
        var mended = new SqlMigration(Next, "broken", "CREATE TABLE half_done (x INTEGER);");

        var applied = await new GongkaiDatabase(temp.Path, [.. SqlMigrations.Sqlite, mended]).MigrateAsync();

        Assert.Equal([mended], applied);
    }

    [Fact]
    public async Task A_script_edited_after_it_was_applied_stops_the_migration()
    {
        var original = new SqlMigration(Next, "extra", "CREATE TABLE extra (x INTEGER);");
        await new GongkaiDatabase(temp.Path, [.. SqlMigrations.Sqlite, original]).MigrateAsync();
        var edited = new SqlMigration(Next, "extra", "CREATE TABLE extra (x INTEGER, y TEXT);");
        var database = new GongkaiDatabase(temp.Path, [.. SqlMigrations.Sqlite, edited]);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.Equal(
            $"数据库 {database.FilePath}：已应用的迁移 {Next}（extra）与程序自带的脚本不一致（脚本在应用后被修改过）。", error.Message);
    }

    [Fact]
    public async Task A_database_from_a_newer_program_is_not_touched()
    {
        var newer = new SqlMigration(Next, "from_the_future", "CREATE TABLE future (x INTEGER);");
        await new GongkaiDatabase(temp.Path, [.. SqlMigrations.Sqlite, newer]).MigrateAsync();
        var database = new GongkaiDatabase(temp.Path);

        var error = await Assert.ThrowsAsync<StorageException>(() => database.MigrateAsync());

        Assert.StartsWith($"数据库 {database.FilePath} 含有本程序不认识的迁移 {Next}（from_the_future）", error.Message);
    }
}
