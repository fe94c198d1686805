using System.Globalization;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Api;

/// <summary>GET /api/reports: the published reports, for programs.</summary>
internal static class ReportsApi
{
    /// <summary>Maps the group /api/reports.</summary>
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reports").WithTags("Reports");
        group.MapGet("/", async (ReportStore store, CancellationToken cancellationToken) =>
            {
                var reports = await store.ListPublishedAsync(cancellationToken);
                return Results.Ok(reports.Select(r =>
                {
                    var id = r.Id.ToString(CultureInfo.InvariantCulture);
                    return new PublishedReport(r.Id, r.Region, r.UnitName, r.Year, r.Kind.ToString(), r.Status.ToString(), "/reports/" + id, "/reports/" + id + ".json");
                }).ToList());
            })
            .WithName("ListPublishedReports")
            .WithSummary("列出已公开的报告")
            .WithDescription("按地区、单位、年度排列；每项给出网页与 canonical JSON 的地址。")
            .Produces<List<PublishedReport>>();
        return endpoints;
    }
}
