using Gongkai.Model;
using Gongkai.Storage.Queries;
using Gongkai.Storage.Reports;
using Gongkai.Testing;
using Gongkai.Workflow;

namespace Gongkai.Storage.Tests.Queries;

public sealed class SupervisionQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Units_whose_three_public_costs_rose_more_than_ten_percent_are_found_in_SQL(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        if (db is null)
        {
            return;
        }

        var database = db.Open();
        await database.MigrateAsync();
        await new ReportBulkImporter(database).ImportAsync(
        [
            Report("甲单位", "湖南省株洲市", 2019, 100m), Report("甲单位", "湖南省株洲市", 2020, 120.00m), // +20 %
            Report("乙单位", "湖南省株洲市", 2019, 100m), Report("乙单位", "湖南省株洲市", 2020, 110.00m), // exactly +10 %: not more
            Report("丙单位", "湖南省株洲市", 2019, 50m), Report("丙单位", "湖南省株洲市", 2020, 40m),     // fell
            Report("丁单位", "湖南省长沙市", 2019, 10m), Report("丁单位", "湖南省长沙市", 2020, 15m),     // another region
            Report("戊单位", "湖南省株洲市", 2019, 0m), Report("戊单位", "湖南省株洲市", 2020, 5m),       // no prior base
            Report("己单位", "湖南省株洲市", 2020, 99m),                                                  // no prior year
            Report("庚单位", "湖南省株洲市", 2019, 3.3m), Report("庚单位", "湖南省株洲市", 2020, 3.64m),  // +10.3 %
        ]);

        var rises = await new SupervisionQueries(database).ThreePublicCostsRisesAsync(2020, "湖南省株洲市");

        Assert.Equal(["甲单位", "庚单位"], rises.Select(r => r.UnitName));
        Assert.Equal(100m, rises[0].Prior);
        Assert.Equal(120.00m, rises[0].Current);
        Assert.Equal(0.2m, rises[0].ChangeRate);
        Assert.Equal(0.34m / 3.3m, rises[1].ChangeRate);
        Assert.Equal("湖南省株洲市", rises[1].Region);

        var wider = await new SupervisionQueries(database).ThreePublicCostsRisesAsync(2020, "湖南省", threshold: 0.15m);
        Assert.Equal(["丁单位", "甲单位"], wider.Select(r => r.UnitName));
    }

    private static NewReport Report(string unit, string region, int year, decimal actual)
    {
        var report = new UnitYearReport { Year = year };
        report.Unit.Name = unit;
        report.Unit.Region = region;
        report.GetOrAddTable(DisclosureTableKind.ThreePublicCosts).GetOrAdd("ThreePublicCosts", "“三公”经费", 12)[7] = actual;
        return new NewReport(region, unit, year, DisclosureKind.FinalAccounts, ReportStatus.Published, "{}") { Model = report };
    }
}
