using System.Globalization;
using System.Text;
using Gongkai.Checks;
using Gongkai.Messages;
using Gongkai.Storage.Reports;
using Gongkai.Web.Reading;
using Gongkai.Web.Rendering;
using Gongkai.Web.Uploads;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Pages;

/// <summary>
/// /audit: upload a published document without an account and see its findings beside the quoted text. The form
/// carries an anti-forgery token; the upload is read, audited and shown, never stored.
/// </summary>
internal static class AuditPage
{
    /// <summary>Maps GET and POST /audit.</summary>
    public static IEndpointRouteBuilder MapAuditPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/audit", (HttpContext context, IAntiforgery antiforgery, UploadReader uploads) =>
                Html.Page(Render(antiforgery.GetAndStoreTokens(context), uploads, null, null)))
            .WithName("AuditPage")
            .ExcludeFromDescription();

        endpoints.MapPost("/audit", async (HttpContext context, IAntiforgery antiforgery, UploadReader uploads, ReportAuditing auditing, CancellationToken cancellationToken) =>
            {
                // The form is read within the upload limit first; the token check then reads the same, cached form.
                var (form, refusal) = await uploads.ReadFormAsync(context.Request, cancellationToken);
                if (refusal is null)
                {
                    try
                    {
                        await antiforgery.ValidateRequestAsync(context);
                    }
                    catch (AntiforgeryValidationException)
                    {
                        return Html.Page(
                            Render(antiforgery.GetAndStoreTokens(context), uploads, MessageCatalogue.WebAntiforgeryFailed, null),
                            StatusCodes.Status400BadRequest);
                    }

                    refusal = await uploads.ReadFileAsync(form!, cancellationToken);
                }

                var tokens = antiforgery.GetAndStoreTokens(context);
                if (refusal.Document is null)
                {
                    return Html.Page(Render(tokens, uploads, refusal.Error, null), refusal.StatusCode);
                }

                return Html.Page(Render(tokens, uploads, null, (refusal, auditing.Audit(refusal.Document))));
            })
            .WithName("AuditUpload")
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>The page: the form, an error when the upload was refused, the findings when it was read.</summary>
    public static string Render(AntiforgeryTokenSet tokens, UploadReader uploads, string? error, (UploadOutcome Upload, CheckResult Result)? audited)
    {
        var accept = string.Join(",", uploads.Extensions);
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(MessageCatalogue.WebAuditHeading)).Append("</h1>\n")
            .Append("<p>").Append(Html.Encode(MessageCatalogue.Format(
                MessageCatalogue.WebAuditIntro, string.Join("、", uploads.Extensions), uploads.LimitText))).Append("</p>\n");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(error)).Append("</p>\n");
        }

        html.Append("<form method=\"post\" action=\"/audit\" enctype=\"multipart/form-data\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(Html.Encode(tokens.FormFieldName)).Append("\" value=\"")
            .Append(Html.Encode(tokens.RequestToken)).Append("\">\n")
            .Append("<label for=\"file\">").Append(Html.Encode(MessageCatalogue.WebAuditFileLabel)).Append("</label>\n")
            .Append("<input type=\"file\" id=\"file\" name=\"").Append(UploadReader.FieldName).Append("\" accept=\"").Append(Html.Encode(accept)).Append("\" required>\n")
            .Append("<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.WebAuditSubmit)).Append("</button>\n</form>\n");

        if (audited is { } done)
        {
            var report = done.Upload.Document!.Report;
            html.Append("<section class=\"audited\">\n<h2>").Append(Html.Encode(MessageCatalogue.Format(
                    MessageCatalogue.WebAuditResultHeading, done.Upload.FileName,
                    report.Unit.Name, report.Year.ToString(CultureInfo.InvariantCulture), ReportStore.KindName(report.Kind))))
                .Append("</h2>\n<p>").Append(Html.Encode(MessageCatalogue.WebAuditNotStored)).Append("</p>\n");
            FindingsRenderer.Render(html, done.Result, done.Upload.Document.Lines);
            html.Append("</section>\n");
        }

        return PageLayout.Render(MessageCatalogue.WebAuditHeading, html.ToString());
    }
}
