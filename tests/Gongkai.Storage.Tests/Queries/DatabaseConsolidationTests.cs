using System.Globalization;
using Gongkai.Consolidation;
using Gongkai.Documents.Canonical;
using Gongkai.Model;
using Gongkai.Storage.Queries;
using Gongkai.Storage.Reports;
using Gongkai.Synthetic;
using Gongkai.Testing;
using Gongkai.Workflow;

namespace Gongkai.Storage.Tests.Queries;

public sealed class DatabaseConsolidationTests
{
    private const string Region = "合成省合成市合成区";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_synthetic_region_summed_by_the_database_equals_the_Consolidator_cell_by_cell(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        if (db is null)
        {
            return;
        }

        var database = db.Open();
        await database.MigrateAsync();
        var generator = new SyntheticReportGenerator(seed: 7);
        var members = Enumerable.Range(0, 30).Select(_ => generator.Next()).ToList();

        // Another region and another year in the same table must not count.
        var elsewhere = new SyntheticReportGenerator(seed: 8).Next();
        elsewhere.Unit.Name = "他区单位";
        elsewhere.Unit.Region = "他省他市";
        var otherYear = new SyntheticReportGenerator(seed: 9, year: 2021).Next();
        await new ReportBulkImporter(database).ImportAsync(members.Append(elsewhere).Append(otherYear).Select(Stored));

        var inDatabase = await new DatabaseConsolidation(database).ConsolidateRegionAsync("合成区汇总", 2020, "合成省");
        var inMemory = Consolidator.Consolidate("合成区汇总", members).Report;

        var compared = AssertSameCells(inMemory, inDatabase);
        Assert.True(compared > 300, $"only {compared} cells compared");
        Assert.Equal("合成区汇总", inDatabase.Unit.Name);
        Assert.Equal(Region, inDatabase.Unit.Region);
        Assert.StartsWith("本汇总含 30 个单位：", inDatabase.Unit.ReportingScope, StringComparison.Ordinal);

        // The rows stand in template order, as the Consolidator puts them (a table without any amount has no cells).
        foreach (var table in inMemory.Tables)
        {
            var printed = table.Rows.Where(r => r.Cells.ToArray().Any(c => c is not null)).Select(r => r.Key);
            Assert.Equal(printed, inDatabase.Table(table.Kind)?.Rows.Select(r => r.Key) ?? []);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seed_001_and_a_copy_chosen_by_id_sum_to_the_Consolidator_result_keeping_the_printed_scale(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        if (db is null)
        {
            return;
        }

        var database = db.Open();
        await database.MigrateAsync();
        var seed = CanonicalJsonReader.ReadFile(Path.Combine(RepositoryRoot(), "samples", "seed-001.json"));
        var copy = seed.Clone();
        copy.Unit.Name += "（副本）";
        var untouched = seed.Clone();
        untouched.Unit.Name += "（不汇总）";
        await new ReportBulkImporter(database).ImportAsync([Stored(seed), Stored(copy), Stored(untouched)]);
        var ids = (await new ReportStore(database).ListAsync(null)).Where(r => !r.UnitName.Contains("不汇总", StringComparison.Ordinal)).Select(r => r.Id).ToList();
        Assert.Equal(2, ids.Count);

        var inDatabase = await new DatabaseConsolidation(database).ConsolidateReportsAsync("两份", ids);
        var inMemory = Consolidator.Consolidate("两份", [seed, copy]).Report;
        AssertSameCells(inMemory, inDatabase);

        // Recomputed by hand: twice 2020 的一般公共预算财政拨款“三公”经费 决算合计 of seed 001 (公开07表 column 7).
        var actual = seed.Table(DisclosureTableKind.ThreePublicCosts)!["ThreePublicCosts", 7]!.Value;
        Assert.Equal(actual * 2, inDatabase.Table(DisclosureTableKind.ThreePublicCosts)!["ThreePublicCosts", 7]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rewriting_a_reports_cells_replaces_them_and_sums_stay_exact_beyond_six_decimals(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        if (db is null)
        {
            return;
        }

        var database = db.Open();
        await database.MigrateAsync();
        var store = new ReportStore(database);
        var a = await store.InsertAsync(new NewReport("甲区", "甲单位", 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft, "{}"));
        var b = await store.InsertAsync(new NewReport("甲区", "乙单位", 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft, "{}"));

        await WriteCellsAsync(database, a.Id, Report(("IncomeTotal", 1, 1.10m), ("201", 2, 5m)));
        await WriteCellsAsync(database, a.Id, Report(("IncomeTotal", 1, 24.20m), ("201", 3, -0.5m)));
        await WriteCellsAsync(database, b.Id, Report(("IncomeTotal", 1, 0.0000001m), ("201", 3, 1.25m)));

        var sum = await new DatabaseConsolidation(database).ConsolidateRegionAsync("甲区", 2020, "甲");
        var table = sum.Table(DisclosureTableKind.IncomeStatement)!;
        Assert.Equal("24.2000001", Text(table["IncomeTotal", 1]));
        Assert.Equal("0.75", Text(table["201", 3]));
        Assert.Null(table["201", 2]); // the first version's cell is gone
        Assert.Equal(2, table.Rows.Count);

        await Assert.ThrowsAsync<ConsolidationException>(() => new DatabaseConsolidation(database).ConsolidateRegionAsync("空", 2020, "乙"));
    }

    private static async Task WriteCellsAsync(GongkaiDatabase database, long id, UnitYearReport report)
    {
        await using var connection = await database.OpenConnectionAsync();
        await using var transaction = await database.BeginWriteTransactionAsync(connection);
        await ReportCellIndex.RewriteAsync(connection, transaction, id, "甲区", 2020, report);
        await transaction.CommitAsync();
    }

    private static UnitYearReport Report(params (string Key, int Column, decimal Amount)[] cells)
    {
        var report = new UnitYearReport { Year = 2020 };
        var table = report.GetOrAddTable(DisclosureTableKind.IncomeStatement);
        foreach (var (key, column, amount) in cells)
        {
            table.GetOrAdd(key, null, column)[column] = amount;
        }

        return report;
    }

    private static NewReport Stored(UnitYearReport report) =>
        new(report.Unit.Region ?? "", report.Unit.Name, report.Year, report.Kind, ReportStatus.Published, CanonicalJsonWriter.Write(report)) { Model = report };

    // Every cell of both reports: the same amount with the same printed scale, or blank in both (the database has no
    // row where every cell is blank).
    private static int AssertSameCells(UnitYearReport expected, UnitYearReport actual)
    {
        var compared = 0;
        foreach (var kind in DisclosureTableKinds.All)
        {
            var e = expected.Table(kind);
            var a = actual.Table(kind);
            var keys = (e?.Rows.Select(r => r.Key) ?? []).Union(a?.Rows.Select(r => r.Key) ?? []);
            foreach (var key in keys)
            {
                var er = e?.Find(key);
                var ar = a?.Find(key);
                var columns = Math.Max(er?.ColumnCount ?? 0, ar?.ColumnCount ?? 0);
                for (var c = 1; c <= columns; c++)
                {
                    Assert.True(Text(er?[c]) == Text(ar?[c]), $"{kind.ShortCode()} {key} 第{c}栏: 内存 {Text(er?[c])}，数据库 {Text(ar?[c])}");
                    compared += er?[c] is null ? 0 : 1;
                }
            }
        }

        return compared;
    }

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "(空)";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Gongkai.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
