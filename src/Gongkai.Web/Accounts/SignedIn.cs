using System.Globalization;
using System.Security.Claims;
using Gongkai.Access;
using Gongkai.Storage.Accounts;

namespace Gongkai.Web.Accounts;

/// <summary>
/// The signed-in user of a request, read from the store once per request (null for the public, and for a cookie whose
/// account no longer exists).
/// </summary>
internal static class SignedIn
{
    private static readonly object ItemKey = new();

    /// <summary>The account behind the request's cookie, or null.</summary>
    public static async Task<UserRecord?> UserAsync(HttpContext context, CancellationToken cancellationToken = default)
    {
        if (context.Items.TryGetValue(ItemKey, out var cached))
        {
            return (UserRecord?)cached;
        }

        UserRecord? user = null;
        if (context.User.Identity?.IsAuthenticated == true
            && long.TryParse(context.User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            user = await context.RequestServices.GetRequiredService<UserStore>().GetAsync(id, cancellationToken);
        }

        context.Items[ItemKey] = user;
        return user;
    }

    /// <summary>The access policy's view of the request's user (null: the public).</summary>
    public static async Task<Actor?> ActorAsync(HttpContext context, CancellationToken cancellationToken = default) =>
        (await UserAsync(context, cancellationToken))?.ToActor();

    /// <summary>The claims the cookie carries: the account's id and login only; everything else is read per request.</summary>
    public static ClaimsPrincipal Principal(UserRecord user) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, user.Login),
        ],
        Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme));
}
