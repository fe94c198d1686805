using System.Globalization;
using System.Text;
using Gongkai.Documents.Export;
using Gongkai.Messages;
using Gongkai.Storage.Reports;
using Gongkai.Web.Reading;
using Gongkai.Web.Rendering;
using Gongkai.Web.Workflow;

namespace Gongkai.Web.Pages;

/// <summary>
/// A report: /reports/{id} (the tables with each finding beside its cell, the findings, the document's text with each
/// finding beside its line, the self-evaluation sheet), /reports/{id}.json (the canonical JSON as stored) and the
/// exports /reports/{id}.xlsx, .docx, .pdf, .html. The public reads published reports only; signed-in users also what
/// the access policy gives them, with the workflow panel. A report the requester may not read is not found, whatever
/// its id. The page and the exports are rendered once per report version (<see cref="ReportRenderCache"/>); the
/// workflow panel of a signed-in user is added to the cached page per request.
/// </summary>
internal static class ReportPages
{
    /// <summary>The export formats: extension, media type, writer.</summary>
    private static readonly (string Extension, string MediaType, Func<ReportView, ReportAuditing, byte[]> Write)[] Exports =
    [
        ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            (view, auditing) => XlsxReportWriter.Write(view.Report, auditing.Templates.For(view.Report))),
        ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (view, _) => DocxReportWriter.Write(view.Report)),
        ("pdf", "application/pdf", (view, _) => PdfReportWriter.Write(view.Report)),
        ("html", "text/html; charset=utf-8", (view, _) => Encoding.UTF8.GetBytes(HtmlReportWriter.Write(view.Report))),
    ];

    /// <summary>Maps the routes.</summary>
    public static IEndpointRouteBuilder MapReportPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{id:long}", async (long id, HttpContext context, ReportRenderCache cache, ReportAuditing auditing, CancellationToken cancellationToken) =>
            {
                if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { } report)
                {
                    return Results.NotFound();
                }

                var page = await cache.RenderAsync(report.Record, "page", view => Encoding.UTF8.GetBytes(Render(view, auditing)));
                return report.Actor is null
                    ? Results.Bytes(page, "text/html; charset=utf-8")
                    : Html.Page(await ReportPageWorkflow.AddPanelAsync(context, report, Encoding.UTF8.GetString(page), cancellationToken));
            })
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

        foreach (var (extension, mediaType, write) in Exports)
        {
            endpoints.MapGet("/reports/{id:long}." + extension, async (long id, ReportRenderCache cache, ReportAuditing auditing, HttpContext context, ILoggerFactory logs, CancellationToken cancellationToken) =>
                {
                    if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { Record: var record })
                    {
                        return Results.NotFound();
                    }

                    if (extension == "pdf" && !PdfReportWriter.IsAvailable)
                    {
                        return Results.Text(MessageCatalogue.PortalPdfUnavailable, "text/plain", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
                    }

                    byte[] content;
                    try
                    {
                        content = await cache.RenderAsync(record, extension, view => write(view, auditing));
                    }
                    catch (Exception e) when (e is Documents.DocumentReadException or IOException or InvalidOperationException)
                    {
                        var message = MessageCatalogue.Format(MessageCatalogue.PortalExportFailed, id, extension, e.Message);
                        logs.CreateLogger("Gongkai.Web.Export").LogWarning("{Message}", message);
                        return Results.Text(message, "text/plain", Encoding.UTF8, StatusCodes.Status500InternalServerError);
                    }

                    context.Response.Headers.ContentDisposition = ContentDisposition(record, extension);
                    return Results.Bytes(content, mediaType);
                })
                .WithName("ReportExport" + extension)
                .WithTags("Reports")
                .WithSummary("下载报告（" + extension + "）");
        }

        return endpoints;
    }

    /// <summary>The download name, e.g. 株洲市渌口区人大常委会-2020-FinalAccounts.json (RFC 6266, UTF-8 encoded).</summary>
    public static string ContentDisposition(ReportRecord record, string extension = "json")
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{record.UnitName}-{record.Year}-{record.Kind}.{extension}");
        var ascii = string.Create(CultureInfo.InvariantCulture, $"report-{record.Id}.{extension}");
        return $"attachment; filename=\"{ascii}\"; filename*=UTF-8''{Uri.EscapeDataString(name)}";
    }

    /// <summary>The page's HTML.</summary>
    public static string Render(ReportView view, ReportAuditing auditing)
    {
        var record = view.Record;
        var report = view.Report;
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        var title = MessageCatalogue.Format(MessageCatalogue.WebReportTitle, report.Unit.Name, report.Year, ReportStore.KindName(report.Kind));
        var index = new FindingIndex(view.Result);

        var html = new StringBuilder(64 * 1024);
        html.Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n<dl class=\"facts\">\n");
        Fact(html, MessageCatalogue.WebFactUnit, report.Unit.Name);
        Fact(html, MessageCatalogue.WebFactRegion, report.Unit.Region ?? MessageCatalogue.WebRegionUnknown);
        Fact(html, MessageCatalogue.WebFactYear, report.Year.ToString(CultureInfo.InvariantCulture));
        Fact(html, MessageCatalogue.WebFactStatus, ReportStore.StatusName(record.Status));
        html.Append("</dl>\n<p class=\"downloads\">").Append(Html.Encode(MessageCatalogue.PortalDownloadsLabel))
            .Append("<a href=\"/reports/").Append(id).Append(".json\" download>").Append(Html.Encode(MessageCatalogue.WebDownloadJson)).Append("</a>");
        foreach (var (extension, label) in new[]
                 {
                     ("xlsx", MessageCatalogue.PortalDownloadXlsx), ("docx", MessageCatalogue.PortalDownloadDocx),
                     ("pdf", MessageCatalogue.PortalDownloadPdf), ("html", MessageCatalogue.PortalDownloadHtml),
                 })
        {
            html.Append(" <a href=\"/reports/").Append(id).Append('.').Append(extension).Append("\" download>").Append(Html.Encode(label)).Append("</a>");
        }

        html.Append("</p>\n<p class=\"dashboards\"><a href=\"").Append(Html.Encode(DashboardLinks.Unit(record.UnitName))).Append("\">")
            .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalDashboardUnit, record.UnitName))).Append("</a>");
        if (record.Region.Length > 0)
        {
            html.Append(" <a href=\"").Append(Html.Encode(DashboardLinks.Region(record.Region))).Append("\">")
                .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalDashboardRegion, record.Region))).Append("</a>");
        }

        html.Append(" <a class=\"edit\" href=\"/reports/").Append(id).Append("/edit\">").Append(Html.Encode(MessageCatalogue.PortalEditLink)).Append("</a>");
        if (report.SelfEvaluation is not null)
        {
            html.Append(" <a class=\"edit\" href=\"/reports/").Append(id).Append("/self-evaluation\">").Append(Html.Encode(MessageCatalogue.PortalEditSelfEvaluationLink)).Append("</a>");
        }

        html.Append("</p>\n<nav class=\"toc\" aria-label=\"").Append(Html.Encode(MessageCatalogue.WebTocLabel)).Append("\"><a href=\"#findings\">")
            .Append(Html.Encode(MessageCatalogue.WebFindingsHeading)).Append("</a> <a href=\"#tables\">").Append(Html.Encode(MessageCatalogue.WebTablesHeading)).Append("</a>");
        if (view.Read is not null)
        {
            html.Append(" <a href=\"#source\">").Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalSourceHeading, view.Read.Source.Name))).Append("</a>");
        }

        html.Append("</nav>\n");
        FindingsRenderer.Render(html, view.Result, view.Lines, linkPlaces: true);
        html.Append("<section id=\"tables\">\n<h2>").Append(Html.Encode(MessageCatalogue.WebTablesHeading)).Append("</h2>\n");
        ReportTablesRenderer.Render(html, report, auditing.Templates, index);
        html.Append("</section>\n");
        RenderReasons(html, report);
        if (view.Read is { } read)
        {
            RenderSource(html, read, index);
            RenderOtherTables(html, read);
        }

        return PageLayout.Render(title, html.ToString());
    }

    private static void RenderReasons(StringBuilder html, Model.UnitYearReport report)
    {
        if (report.Reasons.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"reasons\">\n<h2>").Append(Html.Encode(MessageCatalogue.PortalReasonsHeading)).Append("</h2>\n<dl class=\"facts\">\n");
        foreach (var (key, text) in report.Reasons)
        {
            Fact(html, key, text);
        }

        html.Append("</dl>\n</section>\n");
    }

    // The document's text outside its tables, one paragraph per line, each finding beside the line it quotes.
    private static void RenderSource(StringBuilder html, Documents.Reading.ReadDocument read, FindingIndex index)
    {
        html.Append("<section id=\"source\" class=\"source\">\n<h2>").Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalSourceHeading, read.Source.Name)))
            .Append("</h2>\n<p>").Append(Html.Encode(MessageCatalogue.PortalSourceIntro)).Append("</p>\n");
        foreach (var line in read.Source.Lines)
        {
            if (line.IsBlank || line.IsTableRow || line.Position.Line is not { } number)
            {
                continue;
            }

            var findings = index.ForLine(number);
            var n = number.ToString(CultureInfo.InvariantCulture);
            html.Append("<div class=\"line").Append(findings.Count > 0 ? " flagged" : "").Append("\" id=\"l-").Append(n).Append("\"><span class=\"ln\" title=\"")
                .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PortalLineNumber, n))).Append("\">").Append(n).Append("</span><p>")
                .Append(Html.Encode(line.Text.Trim())).Append("</p>");
            if (findings.Count > 0)
            {
                html.Append("<aside>");
                foreach (var (findingNumber, finding) in findings)
                {
                    var severity = finding.Severity.ToString().ToLowerInvariant();
                    html.Append("<p class=\"").Append(severity).Append("\"><a href=\"#f-").Append(findingNumber).Append("\">").Append(findingNumber)
                        .Append("</a> <span class=\"severity ").Append(severity).Append("\">").Append(Html.Encode(MessageCatalogue.SeverityName(finding.Severity)))
                        .Append("</span> ").Append(Html.Encode(finding.Message)).Append("</p>");
                }

                html.Append("</aside>");
            }

            html.Append("</div>\n");
        }

        html.Append("</section>\n");
    }

    private static void RenderOtherTables(StringBuilder html, Documents.Reading.ReadDocument read)
    {
        if (read.OtherTables.Count == 0)
        {
            return;
        }

        html.Append("<section id=\"other-tables\">\n<h2>").Append(Html.Encode(MessageCatalogue.PortalOtherTablesHeading)).Append("</h2>\n");
        foreach (var table in read.OtherTables)
        {
            if (table.Rows.Count == 0)
            {
                continue;
            }

            html.Append("<div class=\"scroll\"><table>\n<caption>").Append(Html.Encode(table.Title)).Append("</caption>\n<thead><tr>");
            foreach (var cell in table.Rows[0].Cells)
            {
                html.Append("<th scope=\"col\">").Append(Html.Encode(cell)).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows.Skip(1))
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    html.Append(i == 0 ? "<th scope=\"row\">" : "<td>").Append(Html.Encode(row.Cells[i])).Append(i == 0 ? "</th>" : "</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

        html.Append("</section>\n");
    }

    private static void Fact(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(Html.Encode(term)).Append("</dt><dd>").Append(Html.Encode(value)).Append("</dd>\n");
}
