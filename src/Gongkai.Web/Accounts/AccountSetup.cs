using Gongkai.Storage;
using Gongkai.Storage.Accounts;
using Gongkai.Storage.Workflow;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Gongkai.Web.Accounts;

/// <summary>
/// Accounts in the web host: the stores, and cookie authentication (built into ASP.NET Core). The cookie only says
/// who signed in; what they may do is decided per request by <see cref="Access.AccessPolicy"/> from the account as
/// stored now (<see cref="SignedIn"/>), so a change of role or unit applies at once.
/// </summary>
internal static class AccountSetup
{
    /// <summary>The authentication cookie's name.</summary>
    public const string CookieName = "gongkai.auth";

    /// <summary>Registers the account and workflow stores and cookie authentication.</summary>
    public static IServiceCollection AddGongkaiAccounts(this IServiceCollection services)
    {
        services.AddSingleton(sp => new UnitStore(sp.GetRequiredService<GongkaiDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new UserStore(sp.GetRequiredService<GongkaiDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReportWorkflowStore(sp.GetRequiredService<GongkaiDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                // Strict: the browser never sends it with a request started by another site (defence beside the tokens).
                options.Cookie.SameSite = SameSiteMode.Strict;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                options.LoginPath = "/login";
                options.LogoutPath = "/logout";
                options.Events.OnRedirectToLogin = context => Refuse(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => Refuse(context, StatusCodes.Status403Forbidden);
            });
        services.AddAuthorization();
        return services;
    }

    // Programs calling the API get a status code, never a redirect to the login page.
    private static Task Refuse(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
