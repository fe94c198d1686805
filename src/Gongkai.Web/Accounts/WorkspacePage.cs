using System.Globalization;
using System.Text;
using Gongkai.Access;
using Gongkai.Messages;
using Gongkai.Storage.Accounts;
using Gongkai.Storage.Reports;
using Gongkai.Web.Rendering;
using Gongkai.Web.Workflow;
using Gongkai.Workflow;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Accounts;

/// <summary>
/// /workspace: the signed-in user's reports by role (a unit's years with their state; a reviewer's units, awaiting
/// review first; a supervisor's region), and for the administrator the users and units with forms to create them
/// (POST /workspace/users, POST /workspace/units). Every listed report passed the access policy.
/// </summary>
internal static class WorkspacePage
{
    /// <summary>Maps the three routes.</summary>
    public static IEndpointRouteBuilder MapWorkspacePage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/workspace", async (HttpContext context, CancellationToken cancellationToken) =>
                await SignedIn.UserAsync(context, cancellationToken) is { } user
                    ? Html.Page(await RenderAsync(context, user, null, cancellationToken))
                    : Results.Redirect("/login?returnUrl=%2Fworkspace"))
            .WithName("Workspace")
            .ExcludeFromDescription();

        endpoints.MapPost("/workspace/users", (HttpContext context, CancellationToken cancellationToken) =>
                AdministerAsync(context, cancellationToken, async (form, users, units) =>
                {
                    var role = Enum.TryParse<Role>(form["role"], out var r) && Enum.IsDefined(r) ? r : Role.UnitFiller;
                    var unitId = long.TryParse(form["unitId"], NumberStyles.None, CultureInfo.InvariantCulture, out var u) ? u : (long?)null;
                    var assigned = form["assignedUnitIds"]
                        .Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
                        .ToList();
                    var created = await users.CreateAsync(
                        new NewUser(form["login"].ToString(), form["displayName"].ToString(), role, unitId, form["region"].ToString(), assigned),
                        form["password"].ToString(), cancellationToken);
                    return MessageCatalogue.Format(MessageCatalogue.WorkspaceUserCreated, created.Login);
                }))
            .WithName("CreateUser")
            .DisableAntiforgery()
            .ExcludeFromDescription();

        endpoints.MapPost("/workspace/units", (HttpContext context, CancellationToken cancellationToken) =>
                AdministerAsync(context, cancellationToken, async (form, users, units) =>
                {
                    var created = await units.CreateAsync(new UnitKey(form["region"].ToString(), form["name"].ToString()), cancellationToken);
                    return MessageCatalogue.Format(MessageCatalogue.WorkspaceUnitCreated, created.Name);
                }))
            .WithName("CreateUnit")
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> AdministerAsync(
        HttpContext context, CancellationToken cancellationToken, Func<IFormCollection, UserStore, UnitStore, Task<string>> act)
    {
        if (await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false) is { } refused)
        {
            return refused;
        }

        var user = await SignedIn.UserAsync(context, cancellationToken);
        if (user is null)
        {
            return Results.Redirect("/login?returnUrl=%2Fworkspace");
        }

        if (!AccessPolicy.CanAdminister(user.ToActor()))
        {
            return Html.Page(PageLayout.Render(MessageCatalogue.WorkspaceHeading,
                "<p class=\"error\" role=\"alert\">" + Html.Encode(MessageCatalogue.ApiForbidden) + "</p>\n"), StatusCodes.Status403Forbidden);
        }

        if (!context.Request.HasFormContentType)
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var services = context.RequestServices;
        try
        {
            var done = await act(form, services.GetRequiredService<UserStore>(), services.GetRequiredService<UnitStore>());
            return Html.Page(await RenderAsync(context, user, (done, false), cancellationToken));
        }
        catch (AccountException e)
        {
            return Html.Page(await RenderAsync(context, user, (e.Message, true), cancellationToken), StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<string> RenderAsync(HttpContext context, UserRecord user, (string Text, bool IsError)? notice, CancellationToken cancellationToken)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var actor = user.ToActor();
        var html = new StringBuilder();
        html.Append(AccountBar.Render(user, tokens))
            .Append("<h1>").Append(Html.Encode(MessageCatalogue.WorkspaceHeading)).Append("</h1>\n");
        if (notice is { } n)
        {
            html.Append(n.IsError ? "<p class=\"error\" role=\"alert\">" : "<p class=\"notice\" role=\"status\">").Append(Html.Encode(n.Text)).Append("</p>\n");
        }

        var reports = (await context.RequestServices.GetRequiredService<ReportStore>().ListAsync(null, cancellationToken))
            .Where(r => AccessPolicy.InScope(actor, new UnitKey(r.Region, r.UnitName)))
            .ToList();
        switch (user.Role)
        {
            case Role.UnitFiller:
                if (user.Unit is null)
                {
                    html.Append("<p>").Append(Html.Encode(MessageCatalogue.WorkspaceNoUnit)).Append("</p>\n");
                    break;
                }

                html.Append("<p>").Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.WorkspaceUnitIntro, user.Unit.Name))).Append("</p>\n");
                ReportTable(html, reports);
                break;
            case Role.Reviewer:
                html.Append("<p>").Append(Html.Encode(MessageCatalogue.WorkspaceReviewerIntro)).Append("</p>\n<h2>")
                    .Append(Html.Encode(MessageCatalogue.WorkspaceReviewerAwaiting)).Append("</h2>\n");
                ReportTable(html, reports.Where(r => r.Status == ReportStatus.Submitted).ToList());
                html.Append("<h2>").Append(Html.Encode(MessageCatalogue.WorkspaceReviewerOthers)).Append("</h2>\n");
                ReportTable(html, reports.Where(r => r.Status != ReportStatus.Submitted).ToList());
                break;
            case Role.Supervisor:
                html.Append("<p>").Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.WorkspaceSupervisorIntro, user.Region))).Append("</p>\n");
                ReportTable(html, reports);
                break;
            default:
                await AdministrationAsync(html, context, tokens, cancellationToken);
                break;
        }

        return PageLayout.Render(MessageCatalogue.WorkspaceHeading, html.ToString());
    }

    private static void ReportTable(StringBuilder html, IReadOnlyList<ReportSummary> reports)
    {
        if (reports.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(MessageCatalogue.WorkspaceNoReports)).Append("</p>\n");
            return;
        }

        html.Append("<table class=\"workspace\">\n<thead><tr><th scope=\"col\">").Append(Html.Encode(MessageCatalogue.WorkspaceColumnReport))
            .Append("</th><th scope=\"col\">").Append(Html.Encode(MessageCatalogue.WorkspaceColumnRegion))
            .Append("</th><th scope=\"col\">").Append(Html.Encode(MessageCatalogue.WorkspaceColumnStatus))
            .Append("</th><th scope=\"col\">").Append(Html.Encode(MessageCatalogue.WorkspaceColumnUpdated)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var r in reports)
        {
            html.Append("<tr><td><a href=\"/reports/").Append(r.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.WebReportTitle, r.UnitName, r.Year, ReportStore.KindName(r.Kind))))
                .Append("</a></td><td>").Append(Html.Encode(r.Region))
                .Append("</td><td>").Append(Html.Encode(ReportWorkflow.StatusName(r.Status)))
                .Append("</td><td>").Append(Html.Encode(r.UpdatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static async Task AdministrationAsync(StringBuilder html, HttpContext context, AntiforgeryTokenSet tokens, CancellationToken cancellationToken)
    {
        var users = await context.RequestServices.GetRequiredService<UserStore>().ListAsync(cancellationToken);
        var units = await context.RequestServices.GetRequiredService<UnitStore>().ListAsync(cancellationToken);

        html.Append("<h2>").Append(Html.Encode(MessageCatalogue.WorkspaceUsersHeading)).Append("</h2>\n<table class=\"users\">\n<thead><tr>");
        foreach (var heading in new[]
        {
            MessageCatalogue.WorkspaceColumnLogin, MessageCatalogue.WorkspaceColumnName, MessageCatalogue.WorkspaceColumnRole,
            MessageCatalogue.WorkspaceColumnUnit, MessageCatalogue.WorkspaceColumnRegion, MessageCatalogue.WorkspaceColumnAssigned,
        })
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var u in users)
        {
            html.Append("<tr><td>").Append(Html.Encode(u.Login)).Append("</td><td>").Append(Html.Encode(u.DisplayName))
                .Append("</td><td>").Append(Html.Encode(RoleNames.Of(u.Role))).Append("</td><td>").Append(Html.Encode(u.Unit?.Name))
                .Append("</td><td>").Append(Html.Encode(u.Region)).Append("</td><td>")
                .Append(Html.Encode(string.Join("、", u.AssignedUnits.Select(a => a.Name)))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<h2>").Append(Html.Encode(MessageCatalogue.WorkspaceUnitsHeading)).Append("</h2>\n<ul class=\"units\">\n");
        foreach (var unit in units)
        {
            html.Append("<li>").Append(Html.Encode(unit.Name)).Append("（").Append(Html.Encode(unit.Region)).Append("）</li>\n");
        }

        html.Append("</ul>\n<h2>").Append(Html.Encode(MessageCatalogue.WorkspaceCreateUserHeading)).Append("</h2>\n")
            .Append("<form method=\"post\" action=\"/workspace/users\" class=\"create-user\">\n").Append(AntiforgeryCheck.HiddenField(tokens)).Append('\n');
        Field(html, "login", MessageCatalogue.WorkspaceColumnLogin, "text", required: true);
        Field(html, "displayName", MessageCatalogue.WorkspaceFieldDisplayName, "text", required: true);
        Field(html, "password", MessageCatalogue.WorkspaceFieldPassword, "password", required: true);
        html.Append("<label for=\"role\">").Append(Html.Encode(MessageCatalogue.WorkspaceColumnRole)).Append("</label>\n<select id=\"role\" name=\"role\">");
        foreach (var role in Enum.GetValues<Role>())
        {
            html.Append("<option value=\"").Append(role.ToString()).Append("\">").Append(Html.Encode(RoleNames.Of(role))).Append("</option>");
        }

        html.Append("</select>\n<label for=\"unitId\">").Append(Html.Encode(MessageCatalogue.WorkspaceFieldUnit)).Append("</label>\n<select id=\"unitId\" name=\"unitId\">")
            .Append("<option value=\"\">").Append(Html.Encode(MessageCatalogue.WorkspaceNoneOption)).Append("</option>");
        UnitOptions(html, units);
        html.Append("</select>\n");
        Field(html, "region", MessageCatalogue.WorkspaceFieldRegion, "text", required: false);
        html.Append("<label for=\"assignedUnitIds\">").Append(Html.Encode(MessageCatalogue.WorkspaceFieldAssigned))
            .Append("</label>\n<select id=\"assignedUnitIds\" name=\"assignedUnitIds\" multiple>");
        UnitOptions(html, units);
        html.Append("</select>\n<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.WorkspaceCreateUserSubmit)).Append("</button>\n</form>\n");

        html.Append("<h2>").Append(Html.Encode(MessageCatalogue.WorkspaceCreateUnitHeading)).Append("</h2>\n")
            .Append("<form method=\"post\" action=\"/workspace/units\" class=\"create-unit\">\n").Append(AntiforgeryCheck.HiddenField(tokens)).Append('\n');
        Field(html, "name", MessageCatalogue.WorkspaceFieldUnitName, "text", required: true);
        Field(html, "unit-region", MessageCatalogue.WorkspaceColumnRegion, "text", required: false, name: "region");
        html.Append("<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.WorkspaceCreateUnitSubmit)).Append("</button>\n</form>\n");
    }

    private static void UnitOptions(StringBuilder html, IReadOnlyList<UnitRecord> units)
    {
        foreach (var unit in units)
        {
            html.Append("<option value=\"").Append(unit.Id.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Html.Encode(unit.Name)).Append("（").Append(Html.Encode(unit.Region)).Append("）</option>");
        }
    }

    private static void Field(StringBuilder html, string id, string label, string type, bool required, string? name = null) =>
        html.Append("<label for=\"").Append(id).Append("\">").Append(Html.Encode(label)).Append("</label>\n<input id=\"").Append(id)
            .Append("\" name=\"").Append(name ?? id).Append("\" type=\"").Append(type).Append('"').Append(required ? " required" : "").Append(">\n");
}
