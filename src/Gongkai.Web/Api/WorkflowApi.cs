using System.Text.Json;
using Gongkai.Access;
using Gongkai.Messages;
using Gongkai.Storage.Workflow;
using Gongkai.Web.Accounts;
using Gongkai.Web.Workflow;

namespace Gongkai.Web.Api;

/// <summary>
/// The workflow's JSON API: save a report (PUT /api/reports/{id}), take a step (POST /api/reports/{id}/transitions)
/// and read the history (GET /api/reports/{id}/history). Writes need the authentication cookie and the anti-forgery
/// token in the header RequestVerificationToken; the access policy decides per request.
/// </summary>
internal static class WorkflowApi
{
    /// <summary>Maps the three routes under /api/reports.</summary>
    public static IEndpointRouteBuilder MapWorkflowApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/reports").WithTags("Workflow");
        group.MapPut("/{id:long}", async (long id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (await RefuseAsync(context, cancellationToken) is { } refused)
                {
                    return refused;
                }

                var (body, error) = await ReadAsync<SaveReportRequest>(context, cancellationToken);
                if (body is null || body.Document.ValueKind != JsonValueKind.Object)
                {
                    // The scope is checked before the body is judged, so a stranger learns nothing from the answer.
                    var (_, scope) = await WorkflowOperations.AuthorizeAsync(context, id, ReportAction.Edit, cancellationToken);
                    return Answer(scope ?? OperationOutcome.Refused(StatusCodes.Status400BadRequest, error ?? MessageCatalogue.ApiDocumentMissing));
                }

                return Answer(await WorkflowOperations.SaveAsync(context, id, body.RowVersion, body.Document.GetRawText(), cancellationToken));
            })
            .WithName("SaveReport")
            .WithSummary("保存报告（新版本）")
            .WithDescription("请求体 {\"rowVersion\": n, \"document\": {canonical JSON}}。需要登录（Cookie）和请求头 RequestVerificationToken。成功时返回新的 rowVersion；他人已保存时 409，无权限 403，报告不存在或不在您的范围内 404，文档有误 400（消息说明位置）。每个改动的单元格和原因说明都记入修改记录。")
            .Accepts<SaveReportRequest>("application/json")
            .ProducesWorkflowAnswers()
            .DisableAntiforgery();

        group.MapPost("/{id:long}/transitions", async (long id, HttpContext context, CancellationToken cancellationToken) =>
            {
                if (await RefuseAsync(context, cancellationToken) is { } refused)
                {
                    return refused;
                }

                var (body, error) = await ReadAsync<TransitionRequest>(context, cancellationToken);
                if (body is null)
                {
                    var (_, scope) = await WorkflowOperations.AuthorizeAsync(context, id, ReportAction.Read, cancellationToken);
                    return Answer(scope ?? OperationOutcome.Refused(StatusCodes.Status400BadRequest, error ?? MessageCatalogue.Format(MessageCatalogue.ApiBodyInvalid, "null")));
                }

                return Answer(await WorkflowOperations.TransitionAsync(context, id, body.Action, body.Comment, body.RowVersion, cancellationToken));
            })
            .WithName("ReportTransition")
            .WithSummary("审核流程：上报、退回、审核通过、公开")
            .WithDescription("请求体 {\"action\": \"Submit|Return|Approve|Publish\", \"comment\": \"…\", \"rowVersion\": n}。退回必须填写 comment；有错误级审核结果的报告不能上报（422）。需要登录和请求头 RequestVerificationToken。")
            .Accepts<TransitionRequest>("application/json")
            .ProducesWorkflowAnswers()
            .DisableAntiforgery();

        group.MapGet("/{id:long}/history", async (long id, HttpContext context, ReportWorkflowStore workflow, CancellationToken cancellationToken) =>
            {
                if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { } report || !report.Allows(ReportAction.ReadHistory))
                {
                    return Results.Json(new ApiError(MessageCatalogue.Format(MessageCatalogue.ApiReportNotFound, id)), statusCode: StatusCodes.Status404NotFound);
                }

                var history = await workflow.HistoryAsync(id, cancellationToken);
                return Results.Ok(history.Select(h => new HistoryItem(
                    h.At, h.UserName, h.Action.ToString(), h.Cell?.ToString(), h.ReasonKey, h.Place, h.OldValue, h.NewValue, h.Comment, h.RowVersion)).ToList());
            })
            .WithName("ReportHistory")
            .WithSummary("报告的修改与审核记录")
            .WithDescription("按时间先后列出：时间、操作人、操作、位置（单元格或原因说明）、原值、新值、意见。只对报告所属范围内的登录用户开放，其他人得到 404。")
            .Produces<List<HistoryItem>>()
            .Produces<ApiError>(StatusCodes.Status404NotFound);
        return endpoints;
    }

    // Sign-in first (401), then the token (400): a program without a session learns nothing about tokens.
    /// <summary>Both state-changing endpoints answer with a new row version or one of the same refusals.</summary>
    private static RouteHandlerBuilder ProducesWorkflowAnswers(this RouteHandlerBuilder builder) => builder
        .Produces<SaveReportResponse>()
        .Produces<ApiError>(StatusCodes.Status400BadRequest)
        .Produces<ApiError>(StatusCodes.Status401Unauthorized)
        .Produces<ApiError>(StatusCodes.Status403Forbidden)
        .Produces<ApiError>(StatusCodes.Status404NotFound)
        .Produces<ApiError>(StatusCodes.Status409Conflict)
        .Produces<ApiError>(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult?> RefuseAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (await SignedIn.UserAsync(context, cancellationToken) is null)
        {
            return Results.Json(new ApiError(MessageCatalogue.ApiSignInRequired), statusCode: StatusCodes.Status401Unauthorized);
        }

        return await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: true);
    }

    private static async Task<(T? Body, string? Error)> ReadAsync<T>(HttpContext context, CancellationToken cancellationToken)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, MessageCatalogue.ApiBodyNotJson);
        }

        try
        {
            return (await context.Request.ReadFromJsonAsync<T>(cancellationToken), null);
        }
        catch (JsonException e)
        {
            var where = MessageCatalogue.Format(MessageCatalogue.ApiJsonPlace, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, e.Path ?? "$");
            return (null, MessageCatalogue.Format(MessageCatalogue.ApiBodyInvalid, where));
        }
    }

    private static IResult Answer(OperationOutcome outcome) => outcome.Record is { } record
        ? Results.Ok(new SaveReportResponse(record.RowVersion, record.Status.ToString()))
        : Results.Json(new ApiError(outcome.Error!), statusCode: outcome.StatusCode);
}
