using Gongkai.Model;
using Gongkai.Storage;
using Gongkai.Storage.Backup;
using Gongkai.Storage.Reports;
using Gongkai.Testing;
using Gongkai.Workflow;

namespace Gongkai.Cli.Tests;

public sealed class BackupCommandTests
{
    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Backup_of_a_sqlite_installation_restores_into_an_empty_one_and_says_what_it_did(string to)
    {
        await using var source = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var target = await TestDatabase.CreateAsync(to);
        if (source is null || target is null)
        {
            return;
        }

        var original = source.Open();
        await original.MigrateAsync();
        await new ReportStore(original).InsertAsync(
            new NewReport("湖南省株洲市渌口区", "株洲市渌口区人大常委会", 2020, DisclosureKind.FinalAccounts, ReportStatus.Published,
                await File.ReadAllTextAsync(Paths.Sample("seed-001.json"))));
        await File.WriteAllTextAsync(Path.Combine(source.DataDirectory, "catalogue.csv"), "201,一般公共服务支出");
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        try
        {
            var backup = CliRun.Of("backup", "--data", source.DataDirectory, "-o", archive);
            var restore = target.IsPostgreSql
                ? CliRun.Of("restore", archive, "--connection", target.ConnectionString!, "--data", target.DataDirectory)
                : CliRun.Of("restore", archive, "--data", target.DataDirectory);

            var before = await DatabaseBackup.ReadTablesAsync(original);
            var after = await DatabaseBackup.ReadTablesAsync(target.Open());
            var (tables, rows) = (before.Count, before.Sum(t => t.Rows.Count));
            Assert.Equal(0, backup.ExitCode);
            Assert.Equal($"已备份到 {archive}：数据表 {tables} 张、数据 {rows} 行、文件 1 个（数据库结构版本 {source.Shipped.Count}）。", backup.Out.TrimEnd());
            Assert.Equal(0, restore.ExitCode);
            Assert.Equal(
                $"已从 {archive} 恢复到 {target.Open().DisplayName}：数据表 {tables} 张、数据 {rows} 行、文件 1 个（数据库结构版本 {source.Shipped.Count}）。",
                restore.Out.TrimEnd());
            Assert.Equal(before.Select(t => t.Rows), after.Select(t => t.Rows));
            Assert.Single(before.Single(t => t.Name == "reports").Rows);
            Assert.Equal("201,一般公共服务支出", await File.ReadAllTextAsync(Path.Combine(target.DataDirectory, "catalogue.csv")));

            var again = CliRun.Of("restore", archive, "--data", source.DataDirectory);
            Assert.Equal(2, again.ExitCode);
            Assert.StartsWith($"不能恢复：数据目录 {source.DataDirectory} 已有文件 catalogue.csv", again.Error);
            again.AssertNoStackTrace();
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_backup_is_refused_in_Chinese_and_nothing_is_created()
    {
        await using var target = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var archive = Path.Combine(target!.DataDirectory, "..", Path.GetFileName(target.DataDirectory) + ".zip");
        await File.WriteAllTextAsync(archive, "not a zip");
        try
        {
            var run = CliRun.Of("restore", archive, "--data", target.DataDirectory);

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith($"备份文件 {archive} 已损坏或不是公开（Gongkai）的备份：", run.Error);
            run.AssertNoStackTrace();
            Assert.Empty(Directory.EnumerateFileSystemEntries(target.DataDirectory));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [Fact]
    public async Task Backup_of_a_directory_without_a_database_says_so_and_creates_nothing()
    {
        await using var source = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var archive = Path.Combine(source!.DataDirectory, "backup.zip");

        var run = CliRun.Of("backup", "--data", source.DataDirectory, "-o", archive);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"数据库 {Path.Combine(source.DataDirectory, "gongkai.db")} 尚未建立（没有迁移记录），没有可备份的内容。", run.Error.TrimEnd());
        Assert.Empty(Directory.EnumerateFileSystemEntries(source.DataDirectory));
    }

    [Fact]
    public void Usage_lists_backup_and_restore_and_a_missing_output_is_a_usage_error()
    {
        var help = CliRun.Of("help");
        var missing = CliRun.Of("backup", "--data", "x");

        Assert.Contains("  backup [--data 目录] [--connection 连接字符串] -o 备份.zip", help.Out, StringComparison.Ordinal);
        Assert.Contains("  restore 备份.zip", help.Out, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("缺少参数：-o 备份.zip", missing.Error.TrimEnd());
    }
}
