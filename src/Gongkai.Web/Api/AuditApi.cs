using Gongkai.Web.Reading;
using Gongkai.Web.Uploads;

namespace Gongkai.Web.Api;

/// <summary>POST /api/audit: a document in the multipart field <c>file</c> in, the findings as <c>gongkai audit</c> JSON out.</summary>
internal static class AuditApi
{
    /// <summary>Maps the group /api/audit.</summary>
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit").WithTags("Audit");
        group.MapPost("/", async (HttpRequest request, UploadReader uploads, ReportAuditing auditing, CancellationToken cancellationToken) =>
            {
                var (form, refusal) = await uploads.ReadFormAsync(request, cancellationToken);
                var outcome = refusal ?? await uploads.ReadFileAsync(form!, cancellationToken);
                if (outcome.Document is null)
                {
                    return Results.Json(new ApiError(outcome.Error!), statusCode: outcome.StatusCode);
                }

                var result = auditing.Audit(outcome.Document);
                return Results.Bytes(Documents.Auditing.AuditJson.Write(outcome.FileName!, outcome.Document.Report, result, outcome.Document.Read), "application/json; charset=utf-8");
            })
            .WithName("AuditDocument")
            .WithSummary("审核上传的文档")
            .WithDescription("multipart/form-data 字段 file：一份文档（目前为 canonical JSON）。返回与 gongkai audit --format json 相同形式的审核结果；文档不保存。")
            .Accepts<IFormFile>("multipart/form-data")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status413PayloadTooLarge)
            .DisableAntiforgery();
        return endpoints;
    }
}
