using Gongkai.Model;
using Gongkai.Storage.Reports;
using Gongkai.Testing;
using Gongkai.Workflow;

namespace Gongkai.Storage.Tests;

public sealed class ReportBulkImporterTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task An_import_stores_every_report_as_the_store_would(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var database = test.Open(new FixedClock(Now));
        await database.MigrateAsync();
        var reports = Enumerable.Range(0, 250).Select(i => new NewReport(
            i % 2 == 0 ? "A区" : "B区", $"单位{i:D3}", 2020 + i % 3, DisclosureKind.FinalAccounts, ReportStatus.Published,
            $$"""{"format":"gongkai.report", "n":{{i}},"amount":24.20}""")).ToList();

        var imported = await new ReportBulkImporter(database, new FixedClock(Now)).ImportAsync(reports);

        var store = new ReportStore(database);
        Assert.Equal(250, imported);
        Assert.Equal(250L, await store.CountAsync());
        var listed = await store.ListPublishedAsync();
        var first = await store.GetAsync(listed.Single(r => r.UnitName == "单位007").Id);
        Assert.Equal(("B区", 2021, 1L, Now, Now), (first!.Region, first.Year, first.RowVersion, first.CreatedAt, first.UpdatedAt));
        Assert.Equal("""{"format":"gongkai.report", "n":7,"amount":24.20}""", first.Document);
        var next = await store.InsertAsync(new NewReport("", "新单位", 2024, DisclosureKind.Budget, ReportStatus.Draft, "{}"));
        Assert.Equal(251, (await store.ListAsync(null)).Select(r => r.Id).Distinct().Count());
        Assert.Equal((await store.ListAsync(null)).Max(r => r.Id), next.Id);
    }

    [Theory]
    [InlineData(TestDatabase.Sqlite)]
    [InlineData(TestDatabase.PostgreSql)]
    public async Task One_duplicate_refuses_the_whole_batch_in_Chinese(string provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        if (test is null)
        {
            return;
        }

        var database = test.Open(new FixedClock(Now));
        await database.MigrateAsync();
        var reports = new[] { "甲单位", "乙单位", "甲单位" }
            .Select(u => new NewReport("", u, 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft, "{}"));

        var error = await Assert.ThrowsAsync<ReportWriteException>(() => new ReportBulkImporter(database).ImportAsync(reports));

        Assert.StartsWith($"批量导入失败，已回滚，{database.DisplayName} 中没有导入任何报告：", error.Message);
        Assert.Equal(0L, await new ReportStore(database).CountAsync());
    }
}
