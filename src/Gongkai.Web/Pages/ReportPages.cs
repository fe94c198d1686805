using Gongkai.Workflow;
using System.Globalization;
using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Storage.Reports;
using Gongkai.Web.Reading;
using Gongkai.Web.Rendering;
using Gongkai.Web.Workflow;

namespace Gongkai.Web.Pages;

/// <summary>
/// A report: /reports/{id} (the tables and the audit findings) and /reports/{id}.json (the canonical JSON as stored).
/// The public reads published reports only; signed-in users also what the access policy gives them, with the workflow
/// panel. A report the requester may not read is not found, whatever its id.
/// </summary>
internal static class ReportPages
{
    /// <summary>Maps the two routes.</summary>
    public static IEndpointRouteBuilder MapReportPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{id:long}", async (long id, HttpContext context, ReportAuditing auditing, CancellationToken cancellationToken) =>
                await ReportAccess.ReadableAsync(context, id, cancellationToken) is { } report
                    ? Html.Page(await ReportPageWorkflow.AddPanelAsync(context, report, Render(report.Record, auditing), cancellationToken))
                    : Results.NotFound())
            .WithName("ReportPage")
            .ExcludeFromDescription();

        endpoints.MapGet("/reports/{id:long}.json", async (long id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { Record: var record })
                {
                    return Results.NotFound();
                }

                context.Response.Headers.ContentDisposition = ContentDisposition(record);
                return Results.Text(record.Document, "application/json", Encoding.UTF8);
            })
            .WithName("ReportJson")
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The download name, e.g. 株洲市渌口区人大常委会-2020-FinalAccounts.json (RFC 6266, UTF-8 encoded).</summary>
    public static string ContentDisposition(ReportRecord record)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{record.UnitName}-{record.Year}-{record.Kind}.json");
        var ascii = string.Create(CultureInfo.InvariantCulture, $"report-{record.Id}.json");
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
    }

    /// <summary>The page's HTML.</summary>
    public static string Render(ReportRecord record, ReportAuditing auditing)
    {
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        var report = CanonicalJsonReader.Read(record.Document, "reports/" + id + ".json", auditing.Templates);
        var result = auditing.Audit(new ReadDocument(report, []));
        var title = MessageCatalogue.Format(MessageCatalogue.WebReportTitle, report.Unit.Name, report.Year, ReportStore.KindName(report.Kind));

        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n<dl class=\"facts\">\n");
        Fact(html, MessageCatalogue.WebFactUnit, report.Unit.Name);
        Fact(html, MessageCatalogue.WebFactRegion, report.Unit.Region ?? MessageCatalogue.WebRegionUnknown);
        Fact(html, MessageCatalogue.WebFactYear, report.Year.ToString(CultureInfo.InvariantCulture));
        Fact(html, MessageCatalogue.WebFactStatus, ReportStore.StatusName(record.Status));
        html.Append("</dl>\n<p class=\"downloads\"><a href=\"/reports/").Append(id).Append(".json\" download>")
            .Append(Html.Encode(MessageCatalogue.WebDownloadJson)).Append("</a></p>\n");

        html.Append("<nav class=\"toc\" aria-label=\"").Append(Html.Encode(MessageCatalogue.WebTocLabel)).Append("\"><a href=\"#findings\">")
            .Append(Html.Encode(MessageCatalogue.WebFindingsHeading)).Append("</a></nav>\n");
        FindingsRenderer.Render(html, result, []);
        html.Append("<h2>").Append(Html.Encode(MessageCatalogue.WebTablesHeading)).Append("</h2>\n");
        ReportTablesRenderer.Render(html, report, auditing.Templates);
        return PageLayout.Render(title, html.ToString());
    }

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(Html.Encode(term)).Append("</dt><dd>").Append(Html.Encode(value)).Append("</dd>\n");
}
