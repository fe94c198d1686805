using System.Globalization;
using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.OpenData;
using Gongkai.Storage.Reports;
using Gongkai.Templates;
using Gongkai.Workflow;

namespace Gongkai.Web.Api;

/// <summary>
/// Open data (docs/OPEN-DATA.md): GET /reports/{id}.csv, one row per table cell of a published report (404 for any
/// other), and GET /open-data/{region}/{year}.zip, the canonical JSON and CSV of every published report of a region and
/// year (404 when there is none).
/// </summary>
internal static class OpenDataApi
{
    /// <summary>Maps the two routes.</summary>
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{id:long}.csv", async (long id, ReportStore store, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (await store.GetAsync(id, cancellationToken) is not { Status: ReportStatus.Published } record)
                {
                    return Results.NotFound();
                }

                var report = CanonicalJsonReader.Read(record.Document, "reports/" + id.ToString(CultureInfo.InvariantCulture) + ".json", TemplateLibrary.BuiltIn);
                context.Response.Headers.ContentDisposition = Disposition(
                    string.Create(CultureInfo.InvariantCulture, $"{record.UnitName}-{record.Year}-{record.Kind}.csv"),
                    string.Create(CultureInfo.InvariantCulture, $"report-{record.Id}.csv"));
                return Results.Bytes(OpenDataCsv.WriteBytes(report), "text/csv; charset=utf-8");
            })
            .WithName("ReportCsv")
            .WithTags("OpenData")
            .WithSummary("已公开报告的开放数据 CSV（每个表格单元一行）");

        endpoints.MapGet("/open-data/{region}/{year:int}.zip", async (string region, int year, ReportStore store, HttpContext context, CancellationToken cancellationToken) =>
            {
                var summaries = (await store.ListPublishedAsync(cancellationToken))
                    .Where(r => r.Year == year && string.Equals(r.Region, region, StringComparison.Ordinal))
                    .ToList();
                if (summaries.Count == 0)
                {
                    return Results.NotFound();
                }

                var reports = new List<Model.UnitYearReport>();
                foreach (var summary in summaries)
                {
                    // Read again by id: a report unpublished since the listing is left out.
                    if (await store.GetAsync(summary.Id, cancellationToken) is { Status: ReportStatus.Published } record)
                    {
                        reports.Add(CanonicalJsonReader.Read(record.Document, "reports/" + record.Id.ToString(CultureInfo.InvariantCulture) + ".json", TemplateLibrary.BuiltIn));
                    }
                }

                context.Response.Headers.ContentDisposition = Disposition(
                    string.Create(CultureInfo.InvariantCulture, $"{region}-{year}.zip"), string.Create(CultureInfo.InvariantCulture, $"open-data-{year}.zip"));
                return Results.Bytes(OpenDataArchive.Write(reports), "application/zip");
            })
            .WithName("OpenDataArchive")
            .WithTags("OpenData")
            .WithSummary("某地区某年度全部已公开报告的开放数据包（JSON 与 CSV）");
        return endpoints;
    }

    // RFC 6266: an ASCII fallback and the UTF-8 name.
    private static string Disposition(string name, string ascii) =>
        $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
}
