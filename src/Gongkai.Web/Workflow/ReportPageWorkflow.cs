using Gongkai.Storage.Workflow;
using Gongkai.Web.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Workflow;

/// <summary>
/// Adds the account bar and the workflow panel to a report page for a signed-in user; the public's page stays as
/// rendered (and costs no account lookup).
/// </summary>
internal static class ReportPageWorkflow
{
    /// <summary>The page with the bar at the start of main and the panel at its end (unchanged for the public).</summary>
    public static async Task<string> AddPanelAsync(HttpContext context, ReportContext report, string page, CancellationToken cancellationToken)
    {
        if (report.Actor is null || await SignedIn.UserAsync(context, cancellationToken) is not { } user)
        {
            return page;
        }

        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var comments = report.Allows(Access.ReportAction.ReadHistory)
            ? await context.RequestServices.GetRequiredService<ReportWorkflowStore>().CommentsAsync(report.Record.Id, cancellationToken)
            : [];
        // Inserted around the rendered body, so the report page's own renderer needs no knowledge of accounts.
        var start = page.IndexOf("<main>\n", StringComparison.Ordinal);
        var end = page.LastIndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            return page;
        }

        return new System.Text.StringBuilder(page.Length + 4096)
            .Append(page, 0, start + 7).Append(AccountBar.Render(user, tokens)).Append(page, start + 7, end - start - 7)
            .Append(WorkflowPanel.Render(report, tokens, comments)).Append(page, end, page.Length - end).ToString();
    }
}
