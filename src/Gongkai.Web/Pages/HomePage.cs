using System.Globalization;
using System.Text;
using Gongkai.Messages;
using Gongkai.Storage.Reports;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Pages;

/// <summary>The page at /: the published reports by region, unit and year, and the way to the audit page.</summary>
internal static class HomePage
{
    /// <summary>Maps GET / to the page.</summary>
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", async (ReportStore store, string? region, int? year, string? q, CancellationToken cancellationToken) =>
                Html.Page(Render(await store.ListPublishedAsync(cancellationToken), new ReportFilter(region, year, q))))
            .WithName("HomePage")
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The page's HTML for these published reports (already in listing order).</summary>
    public static string Render(IReadOnlyList<ReportSummary> all, ReportFilter? filter = null)
    {
        filter ??= new ReportFilter(null, null, null);
        var reports = all.Where(filter.Matches).ToList();
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(MessageCatalogue.WebHomeHeading)).Append("</h1>\n")
            .Append("<p>").Append(Html.Encode(MessageCatalogue.WebHomeIntro)).Append("</p>\n")
            .Append("<p>").Append(Html.Encode(MessageCatalogue.WebHomeAuditInvite)).Append(" <a href=\"/audit\">")
            .Append(Html.Encode(MessageCatalogue.WebNavAudit)).Append("</a></p>\n")
            .Append("<section id=\"reports\">\n<h2>").Append(Html.Encode(MessageCatalogue.WebHomeReportsHeading)).Append("</h2>\n");
        if (all.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(MessageCatalogue.WebHomeNoReports)).Append("</p>\n");
        }
        else
        {
            RenderFilter(html, all, filter);
            html.Append("<p class=\"count\">").Append(Html.Encode(reports.Count == 0
                ? MessageCatalogue.PortalFilterNone
                : MessageCatalogue.Format(MessageCatalogue.PortalFilterCount, reports.Count))).Append("</p>\n");
        }

        foreach (var region in reports.GroupBy(r => r.Region))
        {
            html.Append("<h3>").Append(Html.Encode(region.Key.Length == 0 ? MessageCatalogue.WebRegionUnknown : region.Key)).Append("</h3>\n");
            if (region.Key.Length > 0)
            {
                html.Append("<p class=\"dashboards\"><a href=\"").Append(Html.Encode(DashboardLinks.Region(region.Key))).Append("\">")
                    .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalDashboardRegion, region.Key))).Append("</a></p>\n");
            }

            html.Append("<ul class=\"units\">\n");
            foreach (var unit in region.GroupBy(r => r.UnitName))
            {
                html.Append("<li><span class=\"unit-name\">").Append(Html.Encode(unit.Key)).Append("</span>：");
                var first = true;
                foreach (var report in unit.OrderBy(r => r.Year))
                {
                    if (!first)
                    {
                        html.Append('、');
                    }

                    first = false;
                    html.Append("<a href=\"/reports/").Append(report.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
                        .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.WebReportLink, report.Year, ReportStore.KindName(report.Kind))))
                        .Append("</a>");
                }

                html.Append(" <a class=\"dashboard\" href=\"").Append(Html.Encode(DashboardLinks.Unit(unit.Key))).Append("\">")
                    .Append(Html.Encode(MessageCatalogue.PortalDashboardShort)).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
        return PageLayout.Render(MessageCatalogue.WebHomeTitle, html.ToString());
    }

    // GET form: region and year offered from the published reports; the text matches the unit's name.
    private static void RenderFilter(StringBuilder html, IReadOnlyList<ReportSummary> all, ReportFilter filter)
    {
        html.Append("<form class=\"filter\" method=\"get\" action=\"/\" role=\"search\">\n<fieldset><legend>")
            .Append(Html.Encode(MessageCatalogue.PortalFilterLegend)).Append("</legend>\n")
            .Append("<label for=\"filter-region\">").Append(Html.Encode(MessageCatalogue.PortalFilterRegion)).Append("</label><select id=\"filter-region\" name=\"region\"><option value=\"\">")
            .Append(Html.Encode(MessageCatalogue.PortalFilterAll)).Append("</option>");
        foreach (var region in all.Select(r => r.Region).Where(r => r.Length > 0).Distinct().Order(StringComparer.Ordinal))
        {
            html.Append("<option").Append(region == filter.Region ? " selected" : "").Append('>').Append(Html.Encode(region)).Append("</option>");
        }

        html.Append("</select>\n<label for=\"filter-year\">").Append(Html.Encode(MessageCatalogue.PortalFilterYear)).Append("</label><select id=\"filter-year\" name=\"year\"><option value=\"\">")
            .Append(Html.Encode(MessageCatalogue.PortalFilterAll)).Append("</option>");
        foreach (var year in all.Select(r => r.Year).Distinct().Order())
        {
            html.Append("<option").Append(year == filter.Year ? " selected" : "").Append('>').Append(year.ToString(CultureInfo.InvariantCulture)).Append("</option>");
        }

        html.Append("</select>\n<label for=\"filter-q\">").Append(Html.Encode(MessageCatalogue.PortalFilterText)).Append("</label><input id=\"filter-q\" name=\"q\" type=\"search\" value=\"")
            .Append(Html.Encode(filter.Text)).Append("\">\n<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.PortalFilterSubmit)).Append("</button>\n</fieldset>\n</form>\n");
    }
}
