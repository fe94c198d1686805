using System.Globalization;
using System.Text;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Storage.Reports;
using Gongkai.Templates;
using Gongkai.Web.Reading;
using Gongkai.Web.Rendering;
using Gongkai.Writing;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Pages;

/// <summary>
/// The editors: /reports/{id}/edit (the nine tables and the 情况说明 figures as inputs, the reasons as text fields; the
/// checks re-run through POST /api/check as you type, each finding linked to its cell; saved through PUT
/// /api/reports/{id}) and /reports/{id}/self-evaluation (the 绩效自评表 with live scoring through POST /api/score). The
/// pages carry the report as JSON and the anti-forgery token; wwwroot/js/editor.js does the rest (no inline script).
/// </summary>
internal static class EditorPages
{
    /// <summary>Maps the two pages.</summary>
    public static IEndpointRouteBuilder MapEditorPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/reports/{id:long}/edit", async (long id, HttpContext context, ReportStore store, ReportAuditing auditing, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
                await EditableAsync(context, store, id, cancellationToken) is { } record
                    ? Html.Page(RenderEditor(record, auditing.Templates, antiforgery.GetAndStoreTokens(context)))
                    : Results.NotFound())
            .WithName("ReportEditor")
            .ExcludeFromDescription();
        endpoints.MapGet("/reports/{id:long}/self-evaluation", async (long id, HttpContext context, ReportStore store, ReportAuditing auditing, IAntiforgery antiforgery, CancellationToken cancellationToken) =>
                await EditableAsync(context, store, id, cancellationToken) is { } record
                    && Documents.Canonical.CanonicalJsonReader.Read(record.Document, "report.json", auditing.Templates) is { SelfEvaluation: not null } report
                    ? Html.Page(RenderSelfEvaluation(record, report, antiforgery.GetAndStoreTokens(context)))
                    : Results.NotFound())
            .WithName("SelfEvaluationEditor")
            .ExcludeFromDescription();
        return endpoints;
    }

    // Who may open an editor: whoever may read the report (the access policy; the public only published reports).
    // Saving is decided per request by PUT /api/reports/{id}.
    private static async Task<ReportRecord?> EditableAsync(HttpContext context, ReportStore store, long id, CancellationToken cancellationToken) =>
        (await Workflow.ReportAccess.ReadableAsync(context, id, cancellationToken))?.Record;

    /// <summary>The report editor's page.</summary>
    public static string RenderEditor(ReportRecord record, TemplateLibrary templates, AntiforgeryTokenSet tokens)
    {
        var report = Documents.Canonical.CanonicalJsonReader.Read(record.Document, "report.json", templates);
        var set = templates.For(report);
        var title = MessageCatalogue.Format(MessageCatalogue.PortalEditTitle,
            MessageCatalogue.Format(MessageCatalogue.WebReportTitle, report.Unit.Name, report.Year, ReportStore.KindName(report.Kind)));
        var html = new StringBuilder(96 * 1024);
        html.Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n<p>").Append(Html.Encode(MessageCatalogue.PortalEditIntro)).Append("</p>\n");
        Form(html, "editor", record, tokens);
        html.Append("<div class=\"editor-layout\">\n<div class=\"editor-main\">\n");
        foreach (var kind in DisclosureTableKinds())
        {
            var table = report.Table(kind);
            var template = set.Table(kind);
            if (table is null && template is null)
            {
                continue;
            }

            RenderTableInputs(html, kind, table, template);
        }

        RenderReasons(html, report);
        html.Append("</div>\n");
        LivePanel(html, MessageCatalogue.PortalEditLive);
        html.Append("</div>\n<p><button type=\"button\" id=\"save\">").Append(Html.Encode(MessageCatalogue.PortalEditSave))
            .Append("</button> <span id=\"save-status\" role=\"status\"></span></p>\n</form>\n");
        Scripts(html, record);
        return PageLayout.Render(title, html.ToString());
    }

    /// <summary>The self-evaluation editor's page.</summary>
    public static string RenderSelfEvaluation(ReportRecord record, UnitYearReport report, AntiforgeryTokenSet tokens)
    {
        var sheet = report.SelfEvaluation!;
        var title = MessageCatalogue.Format(MessageCatalogue.PortalScoreTitle,
            MessageCatalogue.Format(MessageCatalogue.WebReportTitle, report.Unit.Name, report.Year, ""));
        var html = new StringBuilder(32 * 1024);
        html.Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n<p>").Append(Html.Encode(MessageCatalogue.PortalScoreIntro)).Append("</p>\n");
        Form(html, "self-evaluation", record, tokens);
        html.Append("<div class=\"editor-layout\">\n<div class=\"editor-main\">\n<table>\n<thead><tr>");
        foreach (var header in new[]
                 {
                     MessageCatalogue.PortalScoreIndicator, MessageCatalogue.PortalScoreTarget, MessageCatalogue.PortalScoreAchieved,
                     MessageCatalogue.PortalScoreWeight, MessageCatalogue.PortalScorePrinted, MessageCatalogue.PortalScoreReason,
                 })
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < sheet.Indicators.Count; i++)
        {
            var indicator = sheet.Indicators[i];
            var n = i.ToString(CultureInfo.InvariantCulture);
            var name = string.Join(" / ", new[] { indicator.Level1, indicator.Level2, indicator.Name }.Where(s => !string.IsNullOrWhiteSpace(s)));
            html.Append("<tr id=\"indicator-").Append(n).Append("\"><th scope=\"row\">").Append(Html.Encode(name)).Append("</th><td>")
                .Append(Html.Encode(indicator.Target?.Text)).Append("</td>");
            Input(html, "achieved", n, indicator.Achieved?.Text, MessageCatalogue.PortalScoreAchieved + " " + name, "text");
            html.Append("<td class=\"amount\">").Append(indicator.Weight is { } weight ? Html.Encode(AmountFormat.Printed(weight)) : "").Append("</td>");
            Input(html, "printedScore", n, indicator.PrintedScore is { } score ? AmountFormat.Printed(score) : null, MessageCatalogue.PortalScorePrinted + " " + name, "number");
            Input(html, "deviationReason", n, indicator.DeviationReason, MessageCatalogue.PortalScoreReason + " " + name, "text");
            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p><label for=\"printed-total\">").Append(Html.Encode(MessageCatalogue.PortalScorePrintedTotal))
            .Append("</label> <input id=\"printed-total\" class=\"sheet-total\" inputmode=\"decimal\" value=\"")
            .Append(Html.Encode(sheet.PrintedTotal is { } total ? AmountFormat.Printed(total) : "")).Append("\"></p>\n</div>\n");
        html.Append("<aside class=\"live\" aria-live=\"polite\"><h2>").Append(Html.Encode(MessageCatalogue.PortalScoreTotal))
            .Append("</h2><p id=\"score-total\" class=\"score\"></p><p id=\"score-grade\"></p><p>").Append(Html.Encode(MessageCatalogue.PortalScoreRecomputed))
            .Append("<span id=\"score-recomputed\"></span></p><p id=\"check-summary\"></p><ol id=\"check-findings\"></ol></aside>\n</div>\n</form>\n");
        Scripts(html, record);
        return PageLayout.Render(title, html.ToString());
    }

    private static IEnumerable<DisclosureTableKind> DisclosureTableKinds() =>
        Enum.GetValues<DisclosureTableKind>().OrderBy(k => k == DisclosureTableKind.ExplanationFigures ? 1 : 0).ThenBy(k => (int)k);

    private static void Form(StringBuilder html, string id, ReportRecord record, AntiforgeryTokenSet tokens) =>
        html.Append("<form id=\"").Append(id).Append("\" class=\"editor\" data-report-id=\"").Append(record.Id.ToString(CultureInfo.InvariantCulture))
            .Append("\" data-row-version=\"").Append(record.RowVersion.ToString(CultureInfo.InvariantCulture)).Append("\" data-token=\"")
            .Append(Html.Encode(tokens.RequestToken)).Append("\" data-invalid=\"").Append(Html.Encode(MessageCatalogue.PortalEditInvalid))
            .Append("\" data-checking=\"").Append(Html.Encode(MessageCatalogue.PortalEditChecking)).Append("\" data-sign-in=\"")
            .Append(Html.Encode(MessageCatalogue.PortalSaveSignIn)).Append("\" data-count=\"").Append(Html.Encode(MessageCatalogue.PortalEditCount))
            .Append("\" data-pick=\"").Append(Html.Encode(MessageCatalogue.PortalReasonPick))
            .Append("\" novalidate>\n");

    private static void LivePanel(StringBuilder html, string heading) =>
        html.Append("<aside class=\"live\" aria-live=\"polite\"><h2>").Append(Html.Encode(heading))
            .Append("</h2><p id=\"check-summary\"></p><ol id=\"check-findings\"></ol></aside>\n");

    private static void Scripts(StringBuilder html, ReportRecord record) =>
        html.Append("<script type=\"application/json\" id=\"report-data\">")
            .Append(record.Document.Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>\n<script src=\"/js/editor.js\"></script>\n");

    private static void Input(StringBuilder html, string field, string index, string? value, string label, string kind) =>
        html.Append("<td><input class=\"sheet-field\" data-field=\"").Append(field).Append("\" data-index=\"").Append(index)
            .Append("\" aria-label=\"").Append(Html.Encode(label)).Append('"').Append(kind == "number" ? " inputmode=\"decimal\"" : "")
            .Append(" value=\"").Append(Html.Encode(value)).Append("\"></td>");

    private static void RenderTableInputs(StringBuilder html, DisclosureTableKind kind, DisclosureTable? table, TableTemplate? template)
    {
        var code = kind.ShortCode();
        var number = table?.Number ?? template?.Number ?? code;
        var title = kind == DisclosureTableKind.ExplanationFigures ? MessageCatalogue.WebExplanationFigures : table?.Title ?? template?.Title ?? "";
        var columns = template?.Columns.Select(c => (c.Number, c.DisplayName)).ToList() ?? [];
        var rows = table?.Rows.ToList() ?? [];
        html.Append("<section class=\"table\" id=\"edit-").Append(code).Append("\">\n<div class=\"scroll\"><table>\n<caption>").Append(Html.Encode(number)).Append(' ')
            .Append(Html.Encode(title)).Append("<span class=\"unit\">").Append(Html.Encode(MessageCatalogue.WebAmountUnit)).Append("</span></caption>\n<thead><tr><th scope=\"col\">")
            .Append(Html.Encode(MessageCatalogue.WebColumnItem)).Append("</th>");
        foreach (var (_, name) in columns)
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        if (rows.Count == 0)
        {
            html.Append("<tr><td colspan=\"").Append(columns.Count + 1).Append("\">").Append(Html.Encode(table?.EmptyStatement)).Append("</td></tr>\n");
        }

        foreach (var row in rows)
        {
            var label = row.Label ?? template?.FixedRow(row.Key)?.Label ?? row.Key;
            html.Append("<tr><th scope=\"row\">").Append(row.IsCoded ? "<span class=\"code\">" + Html.Encode(row.Key) + "</span> " : "").Append(Html.Encode(label)).Append("</th>");
            foreach (var (column, columnName) in columns)
            {
                var cell = new CellRef(kind, row.Key, column);
                var value = row.UnreadableCells.TryGetValue(column, out var printed) ? printed : row[column] is { } v ? AmountFormat.Printed(v) : "";
                html.Append("<td id=\"").Append(Html.Encode(FindingIndex.CellId(cell))).Append("\"><input class=\"cell\" inputmode=\"decimal\" data-table=\"")
                    .Append(code).Append("\" data-row=\"").Append(Html.Encode(row.Key)).Append("\" data-column=\"").Append(column.ToString(CultureInfo.InvariantCulture))
                    .Append("\" aria-label=\"").Append(Html.Encode(number + " " + label + " " + columnName)).Append("\" value=\"").Append(Html.Encode(value)).Append("\"></td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table></div>\n</section>\n");
    }

    // The reasons the report has, then those the 情况说明 writer finds missing, each labelled by its section and subject.
    private static void RenderReasons(StringBuilder html, UnitYearReport report)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in report.Reasons.Keys)
        {
            labels[key] = key;
        }

        try
        {
            foreach (var missing in ExplanationWriter.Write(report).MissingReasons)
            {
                labels[missing.Key] = missing.Section + "：" + missing.Subject;
            }
        }
        catch (InvalidOperationException)
        {
            // A report the writer cannot explain (no tables) still offers the reasons it has.
        }

        html.Append("<section id=\"reasons\">\n<h2>").Append(Html.Encode(MessageCatalogue.PortalEditReasonsHeading)).Append("</h2>\n");
        var n = 0;
        foreach (var (key, label) in labels)
        {
            var id = "reason-" + (n++).ToString(CultureInfo.InvariantCulture);
            html.Append("<p class=\"reason\"><label for=\"").Append(id).Append("\">").Append(Html.Encode(label)).Append("</label><textarea id=\"").Append(id)
                .Append("\" class=\"reason-text\" data-reason-key=\"").Append(Html.Encode(key)).Append("\" rows=\"2\">")
                .Append(Html.Encode(report.Reasons.GetValueOrDefault(key))).Append("</textarea></p>\n");
        }

        html.Append("</section>\n");
    }
}
