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
        endpoints.MapGet("/", async (ReportStore store, CancellationToken cancellationToken) =>
                Html.Page(Render(await store.ListPublishedAsync(cancellationToken))))
            .WithName("HomePage")
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The page's HTML for these published reports (already in listing order).</summary>
    public static string Render(IReadOnlyList<ReportSummary> reports)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(MessageCatalogue.WebHomeHeading)).Append("</h1>\n")
            .Append("<p>").Append(Html.Encode(MessageCatalogue.WebHomeIntro)).Append("</p>\n")
            .Append("<p>").Append(Html.Encode(MessageCatalogue.WebHomeAuditInvite)).Append(" <a href=\"/audit\">")
            .Append(Html.Encode(MessageCatalogue.WebNavAudit)).Append("</a></p>\n")
            .Append("<section id=\"reports\">\n<h2>").Append(Html.Encode(MessageCatalogue.WebHomeReportsHeading)).Append("</h2>\n");
        if (reports.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(MessageCatalogue.WebHomeNoReports)).Append("</p>\n");
        }

        foreach (var region in reports.GroupBy(r => r.Region))
        {
            html.Append("<h3>").Append(Html.Encode(region.Key.Length == 0 ? MessageCatalogue.WebRegionUnknown : region.Key)).Append("</h3>\n<ul class=\"units\">\n");
            foreach (var unit in region.GroupBy(r => r.UnitName))
            {
                html.Append("<li><span class=\"unit-name\">").Append(Html.Encode(unit.Key)).Append("</span>：");
                var first = true;
                foreach (var report in unit)
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

                html.Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
        return PageLayout.Render(MessageCatalogue.WebHomeTitle, html.ToString());
    }
}
