using Gongkai.Messages;
using Gongkai.Web.Api;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Accounts;

/// <summary>
/// The anti-forgery check of every state-changing request of accounts and workflow: forms send the hidden field,
/// programs and page scripts the header <c>RequestVerificationToken</c>. Called explicitly (the handlers read their
/// own forms), so no endpoint can forget it by binding parameters differently.
/// </summary>
internal static class AntiforgeryCheck
{
    /// <summary>The header API calls carry the token in (ASP.NET Core's default name).</summary>
    public const string HeaderName = "RequestVerificationToken";

    /// <summary>Null when the request carries a valid token; otherwise the refusal to return.</summary>
    public static async Task<IResult?> RefuseUnlessValidAsync(HttpContext context, bool api)
    {
        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return api
                ? Results.Json(new ApiError(MessageCatalogue.ApiAntiforgeryFailed), statusCode: StatusCodes.Status400BadRequest)
                : Rendering.Html.Page(Rendering.PageLayout.Render(
                    MessageCatalogue.WebAntiforgeryFailed,
                    "<p class=\"error\" role=\"alert\">" + Rendering.Html.Encode(MessageCatalogue.WebAntiforgeryFailed) + "</p>\n"),
                    StatusCodes.Status400BadRequest);
        }
    }

    /// <summary>The hidden form field carrying a token.</summary>
    public static string HiddenField(AntiforgeryTokenSet tokens) =>
        "<input type=\"hidden\" name=\"" + Rendering.Html.Encode(tokens.FormFieldName) + "\" value=\"" +
        Rendering.Html.Encode(tokens.RequestToken) + "\">";
}
