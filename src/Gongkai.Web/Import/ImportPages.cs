using System.Globalization;
using System.Text;
using Gongkai.Access;
using Gongkai.Checks;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Web.Accounts;
using Gongkai.Web.Api;
using Gongkai.Web.Reading;
using Gongkai.Web.Rendering;
using Gongkai.Web.Uploads;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Import;

/// <summary>
/// Import into a draft: the page GET/POST /reports/import (unit fillers and administrators; the form carries its
/// anti-forgery token) and POST /api/reports/import (multipart field <c>file</c>, optional <c>unit</c>, <c>region</c>,
/// <c>year</c>; the token in the header <c>RequestVerificationToken</c>). Both run <see cref="ReportImporter"/>.
/// </summary>
internal static class ImportPages
{
    private const string Path = "/reports/import";

    /// <summary>Maps the page, its form and the API.</summary>
    public static IEndpointRouteBuilder MapImportPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, async (HttpContext context, IAntiforgery antiforgery, UploadReader uploads, CancellationToken cancellationToken) =>
                await SignedIn.ActorAsync(context, cancellationToken) switch
                {
                    null => Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(Path)),
                    var actor when !MayImport(actor) => Html.Page(Render(antiforgery.GetAndStoreTokens(context), uploads, MessageCatalogue.ApiForbidden), StatusCodes.Status403Forbidden),
                    _ => Html.Page(Render(antiforgery.GetAndStoreTokens(context), uploads, null)),
                })
            .WithName("ImportPage")
            .ExcludeFromDescription();

        endpoints.MapPost(Path, async (HttpContext context, IAntiforgery antiforgery, UploadReader uploads, CancellationToken cancellationToken) =>
                {
                    var outcome = await ImportAsync(context, cancellationToken);
                    if (outcome.StatusCode == StatusCodes.Status401Unauthorized)
                    {
                        return Results.Redirect("/login?returnUrl=" + Uri.EscapeDataString(Path));
                    }

                    // A redirect after the write, so a reload does not import twice; the editor shows the findings.
                    return outcome.Record is { } record
                        ? Results.Redirect("/reports/" + record.Id.ToString(CultureInfo.InvariantCulture) + "/edit")
                        : Html.Page(Render(antiforgery.GetAndStoreTokens(context), uploads, outcome.Error), outcome.StatusCode);
                })
            .WithName("ImportForm")
            .DisableAntiforgery()
            .ExcludeFromDescription();

        endpoints.MapPost("/api/reports/import", async (HttpContext context, ReportAuditing auditing, CancellationToken cancellationToken) =>
                {
                    var outcome = await ImportAsync(context, cancellationToken);
                    if (outcome.Record is not { } record)
                    {
                        return Results.Json(new ApiError(outcome.Error!), statusCode: outcome.StatusCode);
                    }

                    var result = auditing.Audit(new ReadDocument(CanonicalJsonReader.Read(record.Document, "reports/" + record.Id + ".json", auditing.Templates), []));
                    return Results.Json(
                        new ImportCreated(record.Id, record.UnitName, record.Year, outcome.StatusCode == StatusCodes.Status200OK,
                            result.Count(Severity.Error), result.Count(Severity.Warning), "/reports/" + record.Id.ToString(CultureInfo.InvariantCulture) + "/edit"),
                        statusCode: outcome.StatusCode);
                })
            .WithName("ImportReport")
            .WithTags("Reports")
            .WithSummary("把台账 CSV、XLSX 模板、规范 JSON 或已公开的文档导入为草稿")
            .WithDescription("multipart 字段 file；文件未写明时用字段 unit、region、year 补充。需要登录（单位填报或管理员）和请求头 RequestVerificationToken。新建草稿 201，替换本人可编辑的草稿 200；同单位同年度已有其他状态的报告 409；其他单位 403；文件有误 400，过大 413，均不保存任何内容。")
            .DisableAntiforgery()
            .Produces<ImportCreated>(StatusCodes.Status201Created)
            .Produces<ApiError>(StatusCodes.Status400BadRequest)
            .Produces<ApiError>(StatusCodes.Status409Conflict);
        return endpoints;
    }

    /// <summary>Whether the role imports at all: unit fillers (their own unit) and administrators.</summary>
    public static bool MayImport(Actor actor) => actor.Role is Role.UnitFiller || AccessPolicy.CanAdminister(actor);

    /// <summary>The import page's HTML, with an error when the last try was refused.</summary>
    public static string Render(AntiforgeryTokenSet tokens, UploadReader uploads, string? error)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(MessageCatalogue.ImportHeading)).Append("</h1>\n<p>")
            .Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.ImportIntro, string.Join("、", ReportImporter.Extensions), uploads.LimitText)))
            .Append("</p>\n");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(error)).Append("</p>\n");
        }

        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\" enctype=\"multipart/form-data\" class=\"import\">\n")
            .Append(AntiforgeryCheck.HiddenField(tokens)).Append('\n')
            .Append("<p><label for=\"file\">").Append(Html.Encode(MessageCatalogue.ImportFileLabel)).Append("</label>\n")
            .Append("<input type=\"file\" id=\"file\" name=\"").Append(UploadReader.FieldName).Append("\" accept=\"")
            .Append(Html.Encode(string.Join(",", ReportImporter.Extensions))).Append("\" required></p>\n")
            .Append("<p><label for=\"unit\">").Append(Html.Encode(MessageCatalogue.ImportUnitLabel)).Append("</label>\n")
            .Append("<input type=\"text\" id=\"unit\" name=\"unit\" maxlength=\"200\"></p>\n")
            .Append("<p><label for=\"region\">").Append(Html.Encode(MessageCatalogue.ImportRegionLabel)).Append("</label>\n")
            .Append("<input type=\"text\" id=\"region\" name=\"region\" maxlength=\"200\"></p>\n")
            .Append("<p><label for=\"year\">").Append(Html.Encode(MessageCatalogue.ImportYearLabel)).Append("</label>\n")
            .Append("<input type=\"text\" id=\"year\" name=\"year\" inputmode=\"numeric\" maxlength=\"4\"></p>\n")
            .Append("<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.ImportSubmit)).Append("</button>\n</form>\n");
        return PageLayout.Render(MessageCatalogue.ImportHeading, html.ToString());
    }

    // Reviewers and supervisors are refused before the upload is read; the policy decides the unit afterwards.
    private static async Task<ImportOutcome> ImportAsync(HttpContext context, CancellationToken cancellationToken) =>
        await SignedIn.ActorAsync(context, cancellationToken) is { } actor && !MayImport(actor)
            ? ImportOutcome.Refused(StatusCodes.Status403Forbidden, MessageCatalogue.ApiForbidden)
            : await ReportImporter.ImportAsync(context, cancellationToken);
}
