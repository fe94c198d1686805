using System.Text.Json;
using Gongkai.Documents;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Performance;
using Gongkai.Web.Reading;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Api;

/// <summary>
/// The editors' stateless checks: POST /api/check (a report as canonical JSON in, its findings in the JSON form of
/// <c>gongkai audit</c> out) and POST /api/score (a report carrying a 绩效自评表 in, the rescored total, grade and findings
/// out). Nothing is stored; each call carries the anti-forgery token in the header RequestVerificationToken, so another
/// site cannot use a visitor's browser to run them.
/// </summary>
internal static class EditorApi
{
    /// <summary>The largest body accepted (a report is some tens of kilobytes).</summary>
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>Maps the two endpoints.</summary>
    public static IEndpointRouteBuilder MapEditorApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Editor");
        group.MapPost("/check", async (HttpContext context, ReportAuditing auditing, CancellationToken cancellationToken) =>
            {
                var (report, refusal) = await ReadReportAsync(context, auditing, cancellationToken);
                if (report is null)
                {
                    return refusal!;
                }

                var result = auditing.Auditor.Audit(report, []);
                return Results.Bytes(AuditJson.Write("report.json", report, result), "application/json");
            })
            .WithName("CheckReport")
            .WithSummary("审核一份报告（不保存）")
            .WithDescription("请求体为 canonical JSON 报告（format gongkai.report）；返回与 gongkai audit --format json 相同形式的审核结果。需要请求头 RequestVerificationToken。")
            .DisableAntiforgery()
            .Accepts<JsonElement>("application/json");

        group.MapPost("/score", async (HttpContext context, ReportAuditing auditing, CancellationToken cancellationToken) =>
            {
                var (report, refusal) = await ReadReportAsync(context, auditing, cancellationToken);
                if (report is null)
                {
                    return refusal!;
                }

                if (report.SelfEvaluation is not { } sheet)
                {
                    return Results.Json(new ApiError(MessageCatalogue.PortalCheckNoSheet), statusCode: StatusCodes.Status400BadRequest);
                }

                var scored = new SelfEvaluationScorer().Score(sheet, report.EvaluationBaseData);
                using var buffer = new MemoryStream();
                using (var w = AuditJson.CreateWriter(buffer))
                {
                    w.WriteStartObject();
                    w.WriteNumber("total", scored.Total);
                    w.WriteNumber("recomputedTotal", scored.RecomputedTotal);
                    if (scored.PrintedTotal is { } printed)
                    {
                        w.WriteNumber("printedTotal", printed);
                    }

                    w.WriteString("grade", scored.Grade);
                    w.WriteString("recomputedGrade", scored.RecomputedGrade);
                    w.WriteStartArray("findings");
                    foreach (var finding in scored.Findings)
                    {
                        AuditJson.WriteFinding(w, finding);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                return Results.Bytes(buffer.ToArray(), "application/json");
            })
            .WithName("ScoreSelfEvaluation")
            .WithSummary("重算绩效自评表（不保存）")
            .WithDescription("请求体为带 selfEvaluation 的 canonical JSON 报告；返回重算的总分、等级与问题。需要请求头 RequestVerificationToken。")
            .DisableAntiforgery()
            .Accepts<JsonElement>("application/json");
        return endpoints;
    }

    // The token first (nothing is read for a forged request), then the body within the limit, then the model.
    private static async Task<(Model.UnitYearReport? Report, IResult? Refusal)> ReadReportAsync(
        HttpContext context, ReportAuditing auditing, CancellationToken cancellationToken)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return (null, Results.Json(new ApiError(MessageCatalogue.PortalCheckAntiforgery), statusCode: StatusCodes.Status400BadRequest));
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBodyBytes)
            {
                return (null, TooLarge());
            }
        }

        try
        {
            return (CanonicalJsonReader.Read(buffer.ToArray(), "report.json"), null);
        }
        catch (DocumentReadException e)
        {
            return (null, Results.Json(new ApiError(e.Message), statusCode: StatusCodes.Status400BadRequest));
        }
    }

    private static IResult TooLarge() =>
        Results.Json(new ApiError(MessageCatalogue.Format(MessageCatalogue.PortalCheckBodyTooLarge, MaxBodyBytes)), statusCode: StatusCodes.Status413PayloadTooLarge);
}
