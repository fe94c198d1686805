using System.Globalization;
using System.Text;
using Gongkai.Access;
using Gongkai.Messages;
using Gongkai.Storage.Workflow;
using Gongkai.Web.Accounts;
using Gongkai.Web.Rendering;
using Gongkai.Workflow;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Workflow;

/// <summary>
/// The workflow panel of a report page for signed-in users: the state, a button for each step the user may take now
/// (a return asks for its comment), the comment form, the comments and the link to the history. The section carries
/// the row version and an anti-forgery token as data attributes for the editor's API calls.
/// </summary>
internal static class WorkflowPanel
{
    /// <summary>The panel's HTML.</summary>
    public static string Render(ReportContext report, AntiforgeryTokenSet tokens, IReadOnlyList<CommentRecord> comments)
    {
        var record = report.Record;
        var id = record.Id.ToString(CultureInfo.InvariantCulture);
        var version = record.RowVersion.ToString(CultureInfo.InvariantCulture);
        var html = new StringBuilder();
        html.Append("<section id=\"workflow\" class=\"workflow\" data-report-id=\"").Append(id).Append("\" data-row-version=\"").Append(version)
            .Append("\" data-antiforgery=\"").Append(Html.Encode(tokens.RequestToken)).Append("\">\n<h2>")
            .Append(Html.Encode(MessageCatalogue.PanelHeading)).Append("</h2>\n<p>")
            .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.PanelStatus, ReportWorkflow.StatusName(record.Status), record.RowVersion)))
            .Append("</p>\n");

        var steps = Enum.GetValues<WorkflowAction>().Where(a => report.Allows(AccessPolicy.ActionFor(a))).ToList();
        foreach (var step in steps)
        {
            html.Append("<form method=\"post\" action=\"/reports/").Append(id).Append("/transitions\" class=\"step\">")
                .Append(AntiforgeryCheck.HiddenField(tokens))
                .Append("<input type=\"hidden\" name=\"action\" value=\"").Append(step.ToString()).Append("\">")
                .Append("<input type=\"hidden\" name=\"rowVersion\" value=\"").Append(version).Append("\">");
            if (step == WorkflowAction.Return)
            {
                html.Append("<label for=\"return-comment\">").Append(Html.Encode(MessageCatalogue.PanelReturnComment)).Append("</label>")
                    .Append("<textarea id=\"return-comment\" name=\"comment\" required maxlength=\"")
                    .Append(ReportWorkflowStore.MaxCommentLength.ToString(CultureInfo.InvariantCulture)).Append("\"></textarea>");
            }

            html.Append("<button type=\"submit\">").Append(Html.Encode(ReportWorkflow.ActionName(step))).Append("</button></form>\n");
        }

        if (steps.Count == 0 && !report.Allows(ReportAction.Edit))
        {
            html.Append("<p>").Append(Html.Encode(MessageCatalogue.PanelNoActions)).Append("</p>\n");
        }

        if (report.Allows(ReportAction.ReadHistory))
        {
            html.Append("<p><a href=\"/reports/").Append(id).Append("/history\">").Append(Html.Encode(MessageCatalogue.PanelHistoryLink)).Append("</a></p>\n")
                .Append("<h3>").Append(Html.Encode(MessageCatalogue.PanelCommentsHeading)).Append("</h3>\n");
            if (comments.Count == 0)
            {
                html.Append("<p>").Append(Html.Encode(MessageCatalogue.PanelNoComments)).Append("</p>\n");
            }
            else
            {
                html.Append("<ul class=\"comments\">\n");
                foreach (var comment in comments)
                {
                    html.Append("<li><span class=\"who\">").Append(Html.Encode(comment.UserName)).Append("</span> <time>")
                        .Append(Html.Encode(comment.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append("</time>：")
                        .Append(Html.Encode(comment.Body)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }
        }

        if (report.Allows(ReportAction.Comment))
        {
            html.Append("<form method=\"post\" action=\"/reports/").Append(id).Append("/comments\" class=\"comment\">")
                .Append(AntiforgeryCheck.HiddenField(tokens))
                .Append("<label for=\"comment-body\">").Append(Html.Encode(MessageCatalogue.PanelComment)).Append("</label>")
                .Append("<textarea id=\"comment-body\" name=\"body\" required maxlength=\"")
                .Append(ReportWorkflowStore.MaxCommentLength.ToString(CultureInfo.InvariantCulture)).Append("\"></textarea>")
                .Append("<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.PanelCommentSubmit)).Append("</button></form>\n");
        }

        html.Append("</section>\n");
        return html.ToString();
    }
}
