namespace Gongkai.Web.Security;

/// <summary>
/// Headers on every response, error pages and static files included: a Content-Security-Policy that allows no
/// inline script and no framing, nosniff, and a referrer policy that sends no path to other sites.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The policy: everything from this origin only; no inline script or style, no plugins, no framing.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Adds the headers as each response starts (first in the pipeline, so nothing escapes them).</summary>
    public static IApplicationBuilder UseGongkaiSecurityHeaders(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
