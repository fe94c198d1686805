using System.Globalization;
using System.Text;
using Gongkai.Access;
using Gongkai.Messages;
using Gongkai.Storage.Workflow;
using Gongkai.Web.Accounts;
using Gongkai.Web.Rendering;
using Gongkai.Workflow;

namespace Gongkai.Web.Workflow;

/// <summary>
/// The workflow's pages: the forms of the report page's panel (POST /reports/{id}/transitions and
/// /reports/{id}/comments, each with its anti-forgery token) and the history (GET /reports/{id}/history: who, when,
/// what, old → new). The history is open to the report's scope only; to everyone else the report does not exist.
/// </summary>
internal static class WorkflowPages
{
    /// <summary>Maps the three routes.</summary>
    public static IEndpointRouteBuilder MapWorkflowPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/reports/{id:long}/transitions", async (long id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (await ReadFormAsync(context, cancellationToken) is not { } form)
                {
                    return await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false)
                        ?? Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
                }

                if (await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false) is { } refused)
                {
                    return refused;
                }

                _ = long.TryParse(form["rowVersion"], NumberStyles.None, CultureInfo.InvariantCulture, out var version);
                var outcome = await WorkflowOperations.TransitionAsync(context, id, form["action"], form["comment"], version, cancellationToken);
                return Answer(id, outcome);
            })
            .WithName("ReportTransitionForm")
            .DisableAntiforgery()
            .ExcludeFromDescription();

        endpoints.MapPost("/reports/{id:long}/comments", async (long id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (await ReadFormAsync(context, cancellationToken) is not { } form)
                {
                    return await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false)
                        ?? Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
                }

                if (await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false) is { } refused)
                {
                    return refused;
                }

                return Answer(id, await WorkflowOperations.CommentAsync(context, id, form["body"], cancellationToken));
            })
            .WithName("ReportCommentForm")
            .DisableAntiforgery()
            .ExcludeFromDescription();

        endpoints.MapGet("/reports/{id:long}/history", async (long id, HttpContext context, ReportWorkflowStore workflow, CancellationToken cancellationToken) =>
            {
                if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { } report || !report.Allows(ReportAction.ReadHistory))
                {
                    return Results.NotFound();
                }

                return Html.Page(RenderHistory(report, await workflow.HistoryAsync(id, cancellationToken)));
            })
            .WithName("ReportHistoryPage")
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The history page's HTML.</summary>
    public static string RenderHistory(ReportContext report, IReadOnlyList<HistoryEntry> history)
    {
        var record = report.Record;
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        var title = MessageCatalogue.Format(
            MessageCatalogue.HistoryHeading,
            MessageCatalogue.Format(MessageCatalogue.WebReportTitle, record.UnitName, record.Year, Storage.Reports.ReportStore.KindName(record.Kind)));
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(title)).Append("</h1>\n<p><a href=\"/reports/").Append(id).Append("\">")
            .Append(Html.Encode(MessageCatalogue.HistoryBackToReport)).Append("</a></p>\n");
        if (history.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(MessageCatalogue.HistoryNone)).Append("</p>\n");
            return PageLayout.Render(title, html.ToString());
        }

        html.Append("<table class=\"history\">\n<thead><tr>");
        foreach (var heading in new[]
        {
            MessageCatalogue.HistoryColumnAt, MessageCatalogue.HistoryColumnUser, MessageCatalogue.HistoryColumnAction,
            MessageCatalogue.HistoryColumnPlace, MessageCatalogue.HistoryColumnOld, MessageCatalogue.HistoryColumnNew,
            MessageCatalogue.HistoryColumnComment,
        })
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var entry in history.Reverse())
        {
            html.Append("<tr><td>").Append(Html.Encode(entry.At.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)))
                .Append("</td><td>").Append(Html.Encode(entry.UserName))
                .Append("</td><td>").Append(Html.Encode(ActionName(entry.Action)))
                .Append("</td><td>").Append(Html.Encode(entry.Place ?? ""))
                .Append("</td><td class=\"old\">").Append(Html.Encode(entry.OldValue ?? MessageCatalogue.HistoryBlank))
                .Append("</td><td class=\"new\">").Append(Html.Encode(entry.NewValue ?? MessageCatalogue.HistoryBlank))
                .Append("</td><td>").Append(Html.Encode(entry.Comment ?? "")).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        return PageLayout.Render(title, html.ToString());
    }

    /// <summary>The Chinese name of a history action.</summary>
    public static string ActionName(HistoryAction action) => action switch
    {
        HistoryAction.Create => MessageCatalogue.HistoryActionCreate,
        HistoryAction.Edit => MessageCatalogue.HistoryActionEdit,
        HistoryAction.Submit => ReportWorkflow.ActionName(WorkflowAction.Submit),
        HistoryAction.Return => ReportWorkflow.ActionName(WorkflowAction.Return),
        HistoryAction.Approve => ReportWorkflow.ActionName(WorkflowAction.Approve),
        _ => ReportWorkflow.ActionName(WorkflowAction.Publish),
    };

    private static async Task<IFormCollection?> ReadFormAsync(HttpContext context, CancellationToken cancellationToken) =>
        context.Request.HasFormContentType ? await context.Request.ReadFormAsync(cancellationToken) : null;

    private static IResult Answer(long id, OperationOutcome outcome)
    {
        var back = "/reports/" + id.ToString(CultureInfo.InvariantCulture);
        if (outcome.Error is null)
        {
            // A redirect: the browser follows with a GET, so a reload does not repeat the step.
            return Results.Redirect(back + "#workflow");
        }

        if (outcome.StatusCode == StatusCodes.Status401Unauthorized)
        {
            return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(back));
        }

        var html = "<p class=\"error\" role=\"alert\">" + Html.Encode(outcome.Error) + "</p>\n" +
            (outcome.StatusCode == StatusCodes.Status404NotFound ? "" : "<p><a href=\"" + back + "\">" + Html.Encode(MessageCatalogue.HistoryBackToReport) + "</a></p>\n");
        return Html.Page(PageLayout.Render(MessageCatalogue.PanelHeading, html), outcome.StatusCode);
    }
}
