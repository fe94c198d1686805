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

            var before = await DatabaseBackup.ReadTablesAsync(original);
            Assert.Equal(new BackupSummary(source.Shipped.Count, before.Count, before.Sum(t => (long)t.Rows.Count), 2), written);
            Assert.Equal(written, restored);
            var after = await DatabaseBackup.ReadTablesAsync(restoredDatabase);
            Assert.Equal(before.Select(t => (t.Name, string.Join(",", t.Columns))), after.Select(t => (t.Name, string.Join(",", t.Columns))));
            for (var i = 0; i < before.Count; i++)
            {
                Assert.Equal(before[i].Rows, after[i].Rows);
            }

            var reports = before.Single(t => t.Name == "reports");
            Assert.Equal(3, reports.Rows.Count);
            Assert.Contains("24.20", reports.Rows[0], StringComparison.Ordinal);
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

            Assert.StartsWith($"不能恢复：{database.DisplayName} 已有数据（表 ", error.Message);
            Assert.EndsWith("行），只能恢复到新的空安装。", error.Message);
            Assert.Equal(1L, await new ReportStore(database).CountAsync());
            Assert.False(Directory.Exists(Path.Combine(target.DataDirectory, "uploads")));
        }
        finally
        {
            File.Delete(archive);
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite, TestDatabase.PostgreSql)]
    [InlineData(TestDatabase.PostgreSql, TestDatabase.Sqlite)]
    public async Task A_backup_of_an_older_schema_is_restored_at_its_version_then_migrated_to_the_newest(string from, string to)
    {
        await using var source = await TestDatabase.CreateAsync(from);
        await using var target = await TestDatabase.CreateAsync(to);
        if (source is null || target is null)
        {
            return;
        }

        // Schema 1 has no region column (0002 adds it with the default '').
        var old = source.Open(source.Shipped.Take(1), new FixedClock(Now));
        await old.MigrateAsync();
        await GongkaiDatabaseTests.InsertReportAsync(old, "甲单位", 2020, "FinalAccounts", """{"v":1}""");
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        try
        {
            var written = await DatabaseBackup.WriteAsync(old, archive);
            var database = target.Open(new FixedClock(Now));

            var restored = await DatabaseBackup.RestoreAsync(archive, database);

            Assert.Equal(1, written.SchemaVersion);
            Assert.Equal(1L, written.Rows);
            Assert.Equal(written, restored);
            Assert.Equal(target.Shipped.Count, (await database.AppliedMigrationsAsync()).Count);
            var report = Assert.Single(await new ReportStore(database).ListAsync(null));
            Assert.Equal(("", "甲单位", 2020, ReportStatus.Draft), (report.Region, report.UnitName, report.Year, report.Status));

            // An empty target already migrated past the backup's schema is refused before anything is written.
            var migrated = await TestDatabase.CreateAsync(to);
            await using (migrated)
            {
                var fresh = migrated!.Open();
                await fresh.MigrateAsync();
                var ahead = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(archive, fresh));
                Assert.Equal(
                    $"不能恢复：{fresh.DisplayName} 已建到数据库结构第 {target.Shipped.Count} 版，比备份文件的第 1 版新；请恢复到尚未建表的空数据库。",
                    ahead.Message);
            }

            // And the other way round: a backup of the newest schema is refused by a program that knows only schema 1.
            await DatabaseBackup.WriteAsync(database, archive + ".new.zip");
            var older = target.Open(target.Shipped.Take(1));
            var newer = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.RestoreAsync(archive + ".new.zip", older));
            Assert.Equal($"备份文件 {archive}.new.zip 的数据库结构版本为 {target.Shipped.Count}，本程序只认识到第 1 版，请升级程序后再恢复。", newer.Message);
        }
        finally
        {
            File.Delete(archive);
            File.Delete(archive + ".new.zip");
        }
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite, TestDatabase.PostgreSql)]
    [InlineData(TestDatabase.PostgreSql, TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql, TestDatabase.PostgreSql)]
    public async Task Tables_of_later_migrations_with_seed_rows_trees_and_booleans_are_restored_row_by_row(string from, string to)
    {
        await using var source = await TestDatabase.CreateAsync(from);
        await using var target = await TestDatabase.CreateAsync(to);
        if (source is null || target is null)
        {
            return;
        }

        // What a later migration of another store may look like: a tree (unit 2 under unit 5, so the backup, ordered by
        // id, lists the child before its parent), a boolean (integer on SQLite), a timestamp
        // column of its own type on PostgreSQL, and seed rows written by the migration itself.
        var original = source.Open([.. source.Shipped, Probe(source)], new FixedClock(Now));
        await original.MigrateAsync();
        await GongkaiDatabaseTests.ScalarAsync(original, "INSERT INTO probe_units (id, name, parent_id) VALUES (5, '上级单位', NULL)");
        await GongkaiDatabaseTests.ScalarAsync(original, "INSERT INTO probe_units (id, name, parent_id) VALUES (2, '下级单位', 5)");
        await GongkaiDatabaseTests.ScalarAsync(
            original,
            "INSERT INTO probe_users (login, active, unit_id, created_at) VALUES ('填报员', " + (source.IsPostgreSql ? "false" : "0")
            + ", 2, '2026-03-01T08:30:00.0000000+00:00')");
        await GongkaiDatabaseTests.ScalarAsync(original, "UPDATE probe_roles SET name = '系统管理员' WHERE code = 'admin'");
        var archive = Path.Combine(source.DataDirectory, "..", Path.GetFileName(source.DataDirectory) + ".zip");
        try
        {
            await DatabaseBackup.WriteAsync(original, archive);
            var restoredDatabase = target.Open([.. target.Shipped, Probe(target)]);

            await DatabaseBackup.RestoreAsync(archive, restoredDatabase);

            var before = await DatabaseBackup.ReadTablesAsync(original);
            var after = await DatabaseBackup.ReadTablesAsync(restoredDatabase);
            // The probe's tables are named probe_* so that they never meet the real ones (0003 has units and users).
            Assert.Equal(["probe_roles", "probe_units", "probe_users", "reports"], before.Select(t => t.Name).Where(n => n.StartsWith("probe_", StringComparison.Ordinal) || n == "reports"));
            Assert.Equal(before.Select(t => t.Name), after.Select(t => t.Name));
            Assert.Equal(before.Select(t => t.Columns), after.Select(t => t.Columns));
            Assert.Equal(before.Select(t => t.Rows), after.Select(t => t.Rows));
            Assert.Equal(["""["admin","系统管理员"]""", """["filler","填报人"]"""], after.Single(t => t.Name == "probe_roles").Rows);
            Assert.Equal(["""[0,"2026-03-01T08:30:00.0000000+00:00",1,"填报员",2]"""], after.Single(t => t.Name == "probe_users").Rows);
            await GongkaiDatabaseTests.ScalarAsync(restoredDatabase, "INSERT INTO probe_users (login, unit_id, created_at) VALUES ('新用户', 5, '2026-03-02T00:00:00Z')");
            Assert.Equal(2L, await GongkaiDatabaseTests.ScalarAsync(restoredDatabase, "SELECT id FROM probe_users WHERE login = '新用户'"));
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

    private static SqlMigration Probe(TestDatabase test) => new(
        test.Shipped.Count + 1,
        "probe",
        test.IsPostgreSql
            ? """
              CREATE TABLE probe_units (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text NOT NULL, parent_id bigint REFERENCES probe_units (id));
              CREATE TABLE probe_users (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, login text NOT NULL UNIQUE,
                  active boolean NOT NULL DEFAULT true, unit_id bigint REFERENCES probe_units (id), created_at timestamptz NOT NULL);
              CREATE TABLE probe_roles (code text PRIMARY KEY, name text NOT NULL);
              INSERT INTO probe_roles VALUES ('admin', '管理员'), ('filler', '填报人');
              """
            : """
              CREATE TABLE probe_units (id INTEGER PRIMARY KEY, name TEXT NOT NULL, parent_id INTEGER REFERENCES probe_units (id));
              CREATE TABLE probe_users (id INTEGER PRIMARY KEY, login TEXT NOT NULL UNIQUE, active INTEGER NOT NULL DEFAULT 1,
                  unit_id INTEGER REFERENCES probe_units (id), created_at TEXT NOT NULL);
              CREATE TABLE probe_roles (code TEXT PRIMARY KEY, name TEXT NOT NULL);
              INSERT INTO probe_roles VALUES ('admin', '管理员'), ('filler', '填报人');
              """);

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
