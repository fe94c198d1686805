using System.IO.Compression;
using System.Text;
using Gongkai.Model;
using Gongkai.Storage.Backup;
using Gongkai.Storage.Reports;
using Gongkai.Testing;
using Gongkai.Workflow;

namespace Gongkai.Storage.Tests;

public sealed class BackupTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(TestDatabase.Sqlite, TestDatabase.PostgreSql)]
    [InlineData(TestDatabase.PostgreSql, TestDatabase.Sqlite)]
    [InlineData(TestDatabase.Sqlite, TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql, TestDatabase.PostgreSql)]
    public async Task A_restored_installation_has_every_table_row_by_row_and_every_file_of_the_original(string from, string to)
    {
        await using var source = await TestDatabase.CreateAsync(from);
        await using var target = await TestDatabase.CreateAsync(to);
        if (source is null || target is null)
        {
            return;
        }

        var original = source.Open(new FixedClock(Now));
        await PopulateAsync(original);
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        try
        {
            var written = await DatabaseBackup.WriteAsync(original, archive, new FixedClock(Now));
            var restoredDatabase = target.Open(new FixedClock(Now.AddDays(1)));
            var restored = await DatabaseBackup.RestoreAsync(archive, restoredDatabase);

            // reports and the five tables of 0003 (units, users, reviewer_units, report_history, report_comments; empty here).
            Assert.Equal(new BackupSummary(source.Shipped.Count, 6, 3, 2), written);
            Assert.Equal(written, restored);
            var before = await DatabaseBackup.ReadTablesAsync(original);
            var after = await DatabaseBackup.ReadTablesAsync(restoredDatabase);
            Assert.Equal(before.Select(t => (t.Name, string.Join(",", t.Columns))), after.Select(t => (t.Name, string.Join(",", t.Columns))));
            for (var i = 0; i < before.Count; i++)
            {
                Assert.Equal(before[i].Rows, after[i].Rows);
            }

            Assert.Equal(3, before.Single(t => t.Name == "reports").Rows.Count);
            Assert.Contains("24.20", before.Single(t => t.Name == "reports").Rows[0], StringComparison.Ordinal);
            Assert.Equal("规则", await File.ReadAllTextAsync(Path.Combine(target.DataDirectory, "rules", "自定义.json")));
            Assert.Equal([1, 2, 3, 255], await File.ReadAllBytesAsync(Path.Combine(target.DataDirectory, "uploads", "a.bin")));
            Assert.Equal(target.Shipped.Count, (await restoredDatabase.AppliedMigrationsAsync()).Count);

            // The identity sequence continues after the restored ids, and the restored rows read back as stored.
            var store = new ReportStore(restoredDatabase, new FixedClock(Now));
            var next = await store.InsertAsync(new NewReport("", "新单位", 2024, DisclosureKind.Budget, ReportStatus.Draft, "{}"));
            var ids = (await store.ListAsync(null)).Select(r => r.Id).ToList();
            Assert.Equal(ids.Max(), next.Id);
            Assert.Equal(4, ids.Distinct().Count());
            var updated = (await new ReportStore(original).ListAsync(null)).Single(r => r.UnitName == "乙单位");
            var copy = await store.GetAsync(updated.Id);
            Assert.Equal(await new ReportStore(original).GetAsync(updated.Id), copy);
            Assert.Equal(2, copy!.RowVersion);
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_damaged_archive_is_refused_in_Chinese_and_nothing_is_written(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var target = await TestDatabase.CreateAsync(provider);
        if (source is null || target is null)
        {
            return;
        }

        var original = source.Open(new FixedClock(Now));
        await PopulateAsync(original);
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        var truncated = archive + ".truncated.zip";
        try
        {
            await DatabaseBackup.WriteAsync(original, archive);
            // One changed amount inside the table entry: the zip is fine, the checksum in the manifest is not.
            using (var zip = ZipFile.Open(archive, ZipArchiveMode.Update))
            {
                var entry = zip.GetEntry("tables/reports.json")!;
                string text;
                using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
                {
                    text = await reader.ReadToEndAsync();
                }

                entry.Delete();
                await using var writer = new StreamWriter(zip.CreateEntry("tables/reports.json").Open(), new UTF8Encoding(false));
                await writer.WriteAsync(text.Replace("24.20", "24.21", StringComparison.Ordinal));
            }

            var bytes = await File.ReadAllBytesAsync(archive);
            await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
            var database = target.Open();

            var changed = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(archive, database));
            var cut = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(truncated, database));

            Assert.Equal($"备份文件 {archive} 已损坏或不是公开（Gongkai）的备份：tables/reports.json 的校验值与清单不符", changed.Message);
            Assert.StartsWith($"备份文件 {truncated} 已损坏或不是公开（Gongkai）的备份：", cut.Message);
            Assert.Empty(Directory.EnumerateFileSystemEntries(target.DataDirectory));
            Assert.Empty(await database.AppliedMigrationsAsync());
            Assert.Empty(await GongkaiDatabaseTests.TableNamesAsync(database));
        }
        finally
        {
            File.Delete(archive);
            File.Delete(truncated);
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task A_target_with_data_is_refused_and_keeps_its_data(string provider)
    {
        await using var source = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var target = await TestDatabase.CreateAsync(provider);
        if (source is null || target is null)
        {
            return;
        }

        var original = source.Open(new FixedClock(Now));
        await PopulateAsync(original);
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        try
        {
            await DatabaseBackup.WriteAsync(original, archive);
            var database = target.Open(new FixedClock(Now));
            await database.MigrateAsync();
            await new ReportStore(database, new FixedClock(Now)).InsertAsync(
                new NewReport("", "已有单位", 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft, "{}"));

            var error = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(archive, database));

            Assert.Equal($"不能恢复：{database.DisplayName} 已有数据（表 reports 有 1 行），只能恢复到新的空安装。", error.Message);
            Assert.Equal(1L, await new ReportStore(database).CountAsync());
            Assert.False(Directory.Exists(Path.Combine(target.DataDirectory, "uploads")));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [Fact]
    public async Task A_data_directory_with_files_is_refused()
    {
        await using var source = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        await using var target = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
        var original = source!.Open(new FixedClock(Now));
        await PopulateAsync(original);
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        try
        {
            await DatabaseBackup.WriteAsync(original, archive);
            await File.WriteAllTextAsync(Path.Combine(target!.DataDirectory, "note.txt"), "x");
            var database = target.Open();

            var error = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(archive, database));

            Assert.Equal($"不能恢复：数据目录 {target.DataDirectory} 已有文件 note.txt，只能恢复到新的空安装。", error.Message);
            Assert.False(File.Exists(database.FilePath));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    private static async Task PopulateAsync(GongkaiDatabase database)
    {
        await database.MigrateAsync();
        var store = new ReportStore(database, new FixedClock(Now));
        await store.InsertAsync(new NewReport("湖南省株洲市渌口区", "甲单位", 2020, DisclosureKind.FinalAccounts, ReportStatus.Published,
            """{"format":"gongkai.report", "amount":24.20,"名称":"甲\"单位\""}"""));
        var second = await store.InsertAsync(new NewReport("", "乙单位", 2021, DisclosureKind.Budget, ReportStatus.Draft, "{}"));
        await store.UpdateAsync(second.Id, 1, new NewReport("", "乙单位", 2021, DisclosureKind.Budget, ReportStatus.Submitted, """{"v":2}"""));
        await store.InsertAsync(new NewReport("B区", "丙单位", 2022, DisclosureKind.FinalAccounts, ReportStatus.Approved, "[]"));
        Directory.CreateDirectory(Path.Combine(database.DataDirectory, "rules"));
        Directory.CreateDirectory(Path.Combine(database.DataDirectory, "uploads"));
        await File.WriteAllTextAsync(Path.Combine(database.DataDirectory, "rules", "自定义.json"), "规则");
        await File.WriteAllBytesAsync(Path.Combine(database.DataDirectory, "uploads", "a.bin"), [1, 2, 3, 255]);
    }
}
