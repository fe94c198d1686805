using Gongkai.Access;
using Gongkai.Documents.Canonical;
using Gongkai.Drafting;
using Gongkai.Messages;
using Gongkai.Storage.Reports;
using Gongkai.Web.Accounts;
using Gongkai.Web.Workflow;

namespace Gongkai.Web.Api;

/// <summary>
/// POST /api/reports/{id}/next-year: a new year's draft started from this report (<see cref="NextYearDraft"/>: duties,
/// organisation, 名词解释 and reasons copied, never a figure). Signed in (401), the token header (400), the report readable
/// (404) and a draft of its unit editable by the requester (403); a report for that year already existing is 409.
/// </summary>
internal static class NextYearApi
{
    /// <summary>The answer: the new draft's id, year and editor.</summary>
    /// <param name="Id">The draft's number.</param>
    /// <param name="Year">Its year.</param>
    /// <param name="Edit">Its editor's address.</param>
    public sealed record NextYearCreated(long Id, int Year, string Edit);

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapNextYearApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/reports/{id:long}/next-year", async (long id, HttpContext context, ReportStore store, CancellationToken cancellationToken) =>
            {
                if (await SignedIn.ActorAsync(context, cancellationToken) is not { } actor)
                {
                    return Results.Json(new ApiError(MessageCatalogue.ApiSignInRequired), statusCode: StatusCodes.Status401Unauthorized);
                }

                if (await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: true) is { } refused)
                {
                    return refused;
                }

                if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { Record: var record })
                {
                    return Results.Json(new ApiError(MessageCatalogue.Format(MessageCatalogue.ApiReportNotFound, id)), statusCode: StatusCodes.Status404NotFound);
                }

                // Starting a year is editing a new draft of the same unit: whoever may edit that unit's drafts may start it.
                var scope = ReportAccess.Scope(record);
                if (!AccessPolicy.Allows(actor, ReportAction.Edit, new ReportScope(scope.Unit, Gongkai.Workflow.ReportStatus.Draft)))
                {
                    return Results.Json(new ApiError(MessageCatalogue.ApiForbidden), statusCode: StatusCodes.Status403Forbidden);
                }

                var draft = NextYearDraft.From(CanonicalJsonReader.Read(record.Document, "reports/" + id + ".json"));
                try
                {
                    var stored = await store.InsertAsync(
                        new NewReport(record.Region, record.UnitName, draft.Year, draft.Kind, Gongkai.Workflow.ReportStatus.Draft, CanonicalJsonWriter.Write(draft)),
                        cancellationToken);
                    return Results.Json(new NextYearCreated(stored.Id, stored.Year, "/reports/" + stored.Id + "/edit"), statusCode: StatusCodes.Status201Created);
                }
                catch (ReportWriteException e)
                {
                    return Results.Json(new ApiError(e.Message), statusCode: StatusCodes.Status409Conflict);
                }
            })
            .WithName("StartNextYear")
            .WithTags("Reports")
            .WithSummary("由本报告开始下一年度的草稿")
            .WithDescription("复制单位职责、机构设置、名词解释和原因说明（不复制任何数字），建立下一年度的草稿。需要登录和请求头 RequestVerificationToken；该年度已有报告时 409。")
            .DisableAntiforgery()
            .Produces<NextYearCreated>(StatusCodes.Status201Created)
            .Produces<ApiError>(StatusCodes.Status409Conflict);
        return endpoints;
    }
}
