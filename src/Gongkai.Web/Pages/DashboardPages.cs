using System.Globalization;
using System.Text;
using System.Text.Json;
using Gongkai.Documents.Auditing;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Web.Dashboards;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Pages;

/// <summary>
/// The dashboards: /dashboards/units/{unit} and /dashboards/regions/{region} (pages), and the same data as JSON at
/// /api/dashboards/units/{unit} and /api/dashboards/regions/{region}. A page carries its data in a
/// <c>&lt;script type="application/json"&gt;</c> block that /js/dashboard.js draws with ECharts (no inline script), and
/// the same figures as a table under each chart.
/// </summary>
internal static class DashboardPages
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = AuditJson.Encoder };

    /// <summary>Maps the pages and the API.</summary>
    public static IEndpointRouteBuilder MapDashboardPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboards/units/{unit}", async (string unit, DashboardSource source, CancellationToken cancellationToken) =>
                await source.UnitAsync(unit, cancellationToken) is { } dashboard ? Html.Page(Render(dashboard)) : NotFound(unit))
            .WithName("UnitDashboard")
            .ExcludeFromDescription();
        endpoints.MapGet("/dashboards/regions/{region}", async (string region, DashboardSource source, CancellationToken cancellationToken) =>
                await source.RegionAsync(region, cancellationToken) is { } dashboard ? Html.Page(Render(dashboard)) : NotFound(region))
            .WithName("RegionDashboard")
            .ExcludeFromDescription();

        var api = endpoints.MapGroup("/api/dashboards").WithTags("Dashboards");
        api.MapGet("/units/{unit}", async (string unit, DashboardSource source, CancellationToken cancellationToken) =>
                await source.UnitAsync(unit, cancellationToken) is { } dashboard ? Results.Json(dashboard, Json) : Results.NotFound())
            .WithName("UnitDashboardData")
            .WithSummary("单位看板的数据")
            .WithDescription("支出构成（按类、基本/项目）、预算与决算对比、历年支出总额、历年“三公”经费；金额单位万元。")
            .Produces<Dashboard>();
        api.MapGet("/regions/{region}", async (string region, DashboardSource source, CancellationToken cancellationToken) =>
                await source.RegionAsync(region, cancellationToken) is { } dashboard ? Results.Json(dashboard, Json) : Results.NotFound())
            .WithName("RegionDashboardData")
            .WithSummary("地区看板的数据")
            .WithDescription("各单位支出总额（按年度）与各单位绩效自评得分。")
            .Produces<Dashboard>();
        return endpoints;
    }

    /// <summary>The page of a dashboard.</summary>
    public static string Render(Dashboard dashboard)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<h1>").Append(Html.Encode(dashboard.Title)).Append("</h1>\n<p>").Append(Html.Encode(MessageCatalogue.PortalDashboardIntro))
            .Append("</p>\n<p class=\"sources\">").Append(Html.Encode(MessageCatalogue.PortalDashboardSources));
        foreach (var report in dashboard.Reports)
        {
            html.Append("<a href=\"/reports/").Append(report.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.WebReportTitle, report.Unit, report.Year, ""))).Append("</a> ");
        }

        html.Append("</p>\n");
        foreach (var chart in dashboard.Charts)
        {
            html.Append("<section class=\"chart-block\">\n<h2 id=\"").Append(chart.Id).Append("-title\">").Append(Html.Encode(chart.Title)).Append("</h2>\n");
            var empty = chart.Categories.Count == 0 || chart.Series.All(s => s.Values.All(v => v is null));
            if (empty)
            {
                html.Append("<p class=\"no-data\">").Append(Html.Encode(MessageCatalogue.PortalDashboardNoData)).Append("</p>\n</section>\n");
                continue;
            }

            html.Append("<div class=\"chart\" id=\"").Append(chart.Id).Append("\" data-chart=\"").Append(chart.Id)
                .Append("\" role=\"img\" aria-labelledby=\"").Append(chart.Id).Append("-title\"></div>\n");
            RenderTable(html, chart);
            html.Append("</section>\n");
        }

        // Data for the script, not script: JSON in a non-executable block (allowed by the Content-Security-Policy).
        html.Append("<script type=\"application/json\" id=\"dashboard-data\">")
            .Append(JsonSerializer.Serialize(dashboard, Json).Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>\n")
            .Append("<script src=\"/lib/echarts/echarts.min.js\"></script>\n<script src=\"/js/dashboard.js\"></script>\n");
        return PageLayout.Render(dashboard.Title, html.ToString());
    }

    private static void RenderTable(StringBuilder html, DashboardChart chart)
    {
        html.Append("<table class=\"chart-data\">\n<caption>").Append(Html.Encode(chart.Title)).Append("<span class=\"unit\">")
            .Append(Html.Encode(chart.Unit)).Append("</span></caption>\n<thead><tr><th scope=\"col\">").Append(Html.Encode(MessageCatalogue.PortalColumnCategory)).Append("</th>");
        foreach (var series in chart.Series)
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(series.Name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Encode(chart.Categories[i])).Append("</th>");
            foreach (var series in chart.Series)
            {
                var value = i < series.Values.Count ? series.Values[i] : null;
                html.Append("<td class=\"amount\">").Append(value is { } v ? Html.Encode(AmountFormat.Printed(v)) : "").Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static IResult NotFound(string name) =>
        Html.Page(PageLayout.Render(name, "<h1>" + Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalDashboardNoReports, name)) + "</h1>\n"), StatusCodes.Status404NotFound);
}
