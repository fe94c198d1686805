using System.Text;
using Gongkai.Messages;
using Gongkai.Storage.Accounts;
using Gongkai.Web.Rendering;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Gongkai.Web.Accounts;

/// <summary>
/// /login (GET the form, POST the credentials) and POST /logout. A failed login never says whether the login exists;
/// a locked login is refused with the same words whether it exists or not (the store counts unknown logins too).
/// </summary>
internal static class LoginPage
{
    /// <summary>Maps the three routes.</summary>
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/login", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
                Html.Page(Render(antiforgery.GetAndStoreTokens(context), LocalOrNull(returnUrl), "", null)))
            .WithName("LoginPage")
            .ExcludeFromDescription();

        endpoints.MapPost("/login", async (HttpContext context, IAntiforgery antiforgery, UserStore users, CancellationToken cancellationToken) =>
            {
                if (!context.Request.HasFormContentType)
                {
                    return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
                }

                if (await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false) is { } refused)
                {
                    return refused;
                }

                var form = await context.Request.ReadFormAsync(cancellationToken);
                var login = form["login"].ToString();
                var password = form["password"].ToString();
                var returnUrl = LocalOrNull(form["returnUrl"].ToString());
                if (login.Trim().Length == 0 || password.Length == 0)
                {
                    return Html.Page(Render(antiforgery.GetAndStoreTokens(context), returnUrl, login, MessageCatalogue.LoginMissing), StatusCodes.Status400BadRequest);
                }

                var attempt = await users.SignInAsync(login, password, cancellationToken);
                switch (attempt.Result)
                {
                    case SignInResult.Success:
                        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, SignedIn.Principal(attempt.User!));
                        return Results.Redirect(returnUrl ?? "/workspace");
                    case SignInResult.LockedOut:
                        var minutes = Math.Max(1, (int)Math.Ceiling(((attempt.LockedUntil ?? DateTimeOffset.UtcNow) - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow()).TotalMinutes));
                        return Html.Page(
                            Render(antiforgery.GetAndStoreTokens(context), returnUrl, login, MessageCatalogue.Format(MessageCatalogue.LoginLockedOut, minutes)),
                            StatusCodes.Status429TooManyRequests);
                    default:
                        return Html.Page(
                            Render(antiforgery.GetAndStoreTokens(context), returnUrl, login, MessageCatalogue.Format(
                                MessageCatalogue.LoginFailed, UserStore.MaxFailedLogins, (int)UserStore.LockoutDuration.TotalMinutes)),
                            StatusCodes.Status401Unauthorized);
                }
            })
            .WithName("Login")
            .DisableAntiforgery()
            .ExcludeFromDescription();

        endpoints.MapPost("/logout", async (HttpContext context) =>
            {
                if (await AntiforgeryCheck.RefuseUnlessValidAsync(context, api: false) is { } refused)
                {
                    return refused;
                }

                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.Redirect("/");
            })
            .WithName("Logout")
            .DisableAntiforgery()
            .ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>
    /// The return address when it stays on this site (one leading slash, no scheme or host), else null: a login link
    /// must not send the user elsewhere after signing in.
    /// </summary>
    public static string? LocalOrNull(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : null;

    private static string Render(AntiforgeryTokenSet tokens, string? returnUrl, string login, string? error)
    {
        var html = new StringBuilder();
        html.Append("<h1>").Append(Html.Encode(MessageCatalogue.LoginHeading)).Append("</h1>\n<p>")
            .Append(Html.Encode(MessageCatalogue.LoginIntro)).Append("</p>\n");
        if (error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Html.Encode(error)).Append("</p>\n");
        }

        html.Append("<form method=\"post\" action=\"/login\" class=\"login\">\n").Append(AntiforgeryCheck.HiddenField(tokens)).Append('\n');
        if (returnUrl is not null)
        {
            html.Append("<input type=\"hidden\" name=\"returnUrl\" value=\"").Append(Html.Encode(returnUrl)).Append("\">\n");
        }

        html.Append("<label for=\"login\">").Append(Html.Encode(MessageCatalogue.LoginName)).Append("</label>\n")
            .Append("<input id=\"login\" name=\"login\" autocomplete=\"username\" required value=\"").Append(Html.Encode(login)).Append("\">\n")
            .Append("<label for=\"password\">").Append(Html.Encode(MessageCatalogue.LoginPassword)).Append("</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>\n")
            .Append("<button type=\"submit\">").Append(Html.Encode(MessageCatalogue.LoginSubmit)).Append("</button>\n</form>\n");
        return PageLayout.Render(MessageCatalogue.LoginHeading, html.ToString());
    }
}
