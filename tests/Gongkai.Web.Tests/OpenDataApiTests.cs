using System.IO.Compression;
using System.Net;
using System.Text;
using Gongkai.Model;
using Gongkai.Storage;
using Gongkai.Storage.Reports;
using Gongkai.Workflow;

namespace Gongkai.Web.Tests;

/// <summary>Issue 7: /reports/{id}.csv and /open-data/{region}/{year}.zip serve published reports only.</summary>
public sealed class OpenDataApiTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_published_report_downloads_as_csv_and_others_are_not_found()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var store = new ReportStore(new GongkaiDatabase(temp.Path));
        var published = Assert.Single(await store.ListPublishedAsync());

        using var response = await client.GetAsync($"/reports/{published.Id}.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("unit,region,year,kind,table_code,table_title,row_key,row_name,column_number,column_name,amount", lines[0]);
        Assert.Contains("株洲市渌口区人大常委会,湖南省株洲市渌口区,2020,FinalAccounts,T01,收入支出决算总表,IncomeGrandTotal,总计,1,决算数,876.17", lines);

        var record = (await store.GetAsync(published.Id))!;
        var draft = await store.InsertAsync(new NewReport(record.Region, "草稿单位", 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft,
            record.Document.Replace("株洲市渌口区人大常委会", "草稿单位", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{draft.Id}.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/987654.csv")).StatusCode);
    }

    [Fact]
    public async Task A_region_and_year_download_as_one_zip_of_published_reports()
    {
        await using var factory = new GongkaiWebFactory(temp.Path);
        using var client = factory.CreateClient();
        var store = new ReportStore(new GongkaiDatabase(temp.Path));
        var record = (await store.GetAsync(Assert.Single(await store.ListPublishedAsync()).Id))!;
        await store.InsertAsync(new NewReport(record.Region, "草稿单位", 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft,
            record.Document.Replace("株洲市渌口区人大常委会", "草稿单位", StringComparison.Ordinal)));

        using var response = await client.GetAsync("/open-data/" + Uri.EscapeDataString("湖南省株洲市渌口区") + "/2020.zip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        Assert.Equal(
            ["株洲市渌口区人大常委会-2020-FinalAccounts.json", "株洲市渌口区人大常委会-2020-FinalAccounts.csv", "index.csv"],
            zip.Entries.Select(e => e.FullName));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/open-data/" + Uri.EscapeDataString("湖南省株洲市渌口区") + "/2019.zip")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/open-data/" + Uri.EscapeDataString("湖南省") + "/2020.zip")).StatusCode);
    }
}
