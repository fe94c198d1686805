using Gongkai.Workflow;
using Gongkai.Model;
using Gongkai.Storage.Reports;
using System.Data.Common;
using Gongkai.Testing;

namespace Gongkai.Storage.Tests;

public sealed class ReportStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Insert_then_get_returns_the_document_as_stored_at_version_1(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        // Spacing, key order, a trailing zero and Chinese text: jsonb would rewrite all of them, the store keeps them.
        var document = """{"format":"gongkai.report", "b":1,"amount":24.20,"名称":"渌口区\u4eba大"}""";

        var stored = await store.InsertAsync(Report("株洲市渌口区人大常委会", 2020, ReportStatus.Published, document));
        var read = await store.GetAsync(stored.Id);

        Assert.NotNull(read);
        Assert.Equal(stored, read);
        Assert.Equal(document, read.Document);
        Assert.Equal(1, read.RowVersion);
        Assert.Equal(ReportStatus.Published, read.Status);
        Assert.Equal("湖南省株洲市渌口区", read.Region);
        Assert.Equal(Now, read.CreatedAt);
        Assert.Null(await store.GetAsync(stored.Id + 1));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task ListPublished_holds_only_published_reports_by_region_unit_and_year(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        await store.InsertAsync(Report("乙单位", 2020, ReportStatus.Published) with { Region = "B区" });
        await store.InsertAsync(Report("甲单位", 2020, ReportStatus.Published) with { Region = "B区" });
        await store.InsertAsync(Report("甲单位", 2021, ReportStatus.Published) with { Region = "B区" });
        await store.InsertAsync(Report("丙单位", 2022, ReportStatus.Published) with { Region = "A区" });
        await store.InsertAsync(Report("丁单位", 2022, ReportStatus.Draft) with { Region = "A区" });
        await store.InsertAsync(Report("戊单位", 2022, ReportStatus.Approved) with { Region = "A区" });

        var listed = await store.ListPublishedAsync();

        Assert.Equal(
            [("A区", "丙单位", 2022), ("B区", "乙单位", 2020), ("B区", "甲单位", 2021), ("B区", "甲单位", 2020)],
            listed.Select(r => (r.Region, r.UnitName, r.Year)));
        Assert.All(listed, r => Assert.Equal(ReportStatus.Published, r.Status));
        Assert.Equal(6, (await store.ListAsync(null)).Count);
        Assert.Equal(6L, await store.CountAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Update_with_the_version_read_raises_it_and_a_stale_write_fails_in_Chinese_and_changes_nothing(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        var stored = await store.InsertAsync(Report("株洲市渌口区人大常委会", 2020, ReportStatus.Draft));

        var first = await store.UpdateAsync(stored.Id, 1, Report("株洲市渌口区人大常委会", 2020, ReportStatus.Submitted, """{"v":2}"""));
        var stale = await Assert.ThrowsAsync<ReportWriteException>(
            () => store.UpdateAsync(stored.Id, 1, Report("株洲市渌口区人大常委会", 2020, ReportStatus.Draft, """{"v":3}""")));

        Assert.Equal(2, first.RowVersion);
        Assert.Equal(ReportStatus.Submitted, first.Status);
        Assert.StartsWith("未保存：株洲市渌口区人大常委会 2020年的报告在您打开之后已被他人修改（您打开的是第 1 版，现在是第 2 版", stale.Message);
        var read = await store.GetAsync(stored.Id);
        Assert.Equal("""{"v":2}""", read!.Document);
        Assert.Equal(2, read.RowVersion);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Update_of_a_missing_report_and_a_duplicate_insert_are_refused(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        await store.InsertAsync(Report("甲单位", 2020, ReportStatus.Draft));

        var missing = await Assert.ThrowsAsync<ReportWriteException>(() => store.UpdateAsync(99, 1, Report("甲单位", 2021, ReportStatus.Draft)));
        var duplicate = await Assert.ThrowsAsync<ReportWriteException>(() => store.InsertAsync(Report("甲单位", 2020, ReportStatus.Published)));

        Assert.Equal("未保存：报告 99 不存在（可能已被删除）。", missing.Message);
        Assert.Equal("未保存：甲单位 2020年部门决算已经存在，同一单位、年度和类型只能有一份报告。", duplicate.Message);
        Assert.Equal(1L, await store.CountAsync());
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task The_schema_refuses_a_status_outside_the_workflow(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        var stored = await store.InsertAsync(Report("甲单位", 2020, ReportStatus.Draft));
        var database = test.Open();

        var error = await Assert.ThrowsAnyAsync<DbException>(
            () => GongkaiDatabaseTests.ScalarAsync(database, $"UPDATE reports SET status = 'Deleted' WHERE id = {stored.Id}"));
        var insert = await Assert.ThrowsAnyAsync<DbException>(
            () => GongkaiDatabaseTests.ScalarAsync(database, "INSERT INTO reports (unit_name, year, kind, status, document, created_at, updated_at) VALUES ('乙单位', 2020, 'Budget', 'Deleted', '{}', 'x', 'x')"));

        // SQLite's trigger names the column, PostgreSQL the CHECK constraint that replaces the trigger.
        Assert.Contains(test.IsPostgreSql ? "reports_status_workflow" : "reports.status", error.Message, StringComparison.Ordinal);
        Assert.Contains(test.IsPostgreSql ? "reports_status_workflow" : "reports.status", insert.Message, StringComparison.Ordinal);
        Assert.Equal("Draft", await GongkaiDatabaseTests.ScalarAsync(database, "SELECT status FROM reports"));
        Assert.Equal(
            "reports_region_unit_year",
            await GongkaiDatabaseTests.ScalarAsync(
                database,
                test.IsPostgreSql
                    ? "SELECT indexname::text FROM pg_indexes WHERE tablename = 'reports' AND indexdef LIKE '%region%'"
                    : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'reports' AND sql LIKE '%region%'"));
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Timestamps_are_stored_as_the_same_ISO_8601_text_on_both_providers(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        var stored = await store.InsertAsync(Report("甲单位", 2020, ReportStatus.Draft));

        var text = await GongkaiDatabaseTests.ScalarAsync(test.Open(), $"SELECT created_at FROM reports WHERE id = {stored.Id}");

        Assert.Equal("2026-03-01T08:30:00.0000000+00:00", text);
        Assert.Equal(Now, stored.UpdatedAt);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task Concurrent_inserts_of_one_unit_year_store_one_report_and_refuse_the_others_in_Chinese(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var store = await NewStoreAsync(test);
        var attempts = Enumerable.Range(0, 6)
            .Select(i => Task.Run(async () =>
            {
                try
                {
                    await store.InsertAsync(Report("甲单位", 2020, ReportStatus.Draft, $$"""{"attempt":{{i}}}"""));
                    return null;
                }
                catch (ReportWriteException e)
                {
                    return e.Message;
                }
            }));

        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o is null);
        Assert.All(
            outcomes.Where(o => o is not null),
            o => Assert.Equal("未保存：甲单位 2020年部门决算已经存在，同一单位、年度和类型只能有一份报告。", o));
        Assert.Equal(1L, await store.CountAsync());
    }

    private static async Task<ReportStore> NewStoreAsync(TestDatabase test)
    {
        var database = test.Open(new FixedClock(Now));
        await database.MigrateAsync();
        return new ReportStore(database, new FixedClock(Now));
    }

    private static NewReport Report(string unit, int year, ReportStatus status, string document = """{"format":"gongkai.report"}""") =>
        new("湖南省株洲市渌口区", unit, year, DisclosureKind.FinalAccounts, status, document);
}
