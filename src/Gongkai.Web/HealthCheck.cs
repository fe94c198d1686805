using System.Text;
using Gongkai.Messages;
using Gongkai.Storage;

namespace Gongkai.Web;

/// <summary>GET /healthz: "ok" (200) when the database is reachable, a Chinese message (503) otherwise.</summary>
internal static class HealthCheck
{
    /// <summary>The body of a healthy answer; probes (load balancers, CI) compare it literally, so it stays English.</summary>
    public const string Healthy = "ok";

    /// <summary>Maps GET /healthz.</summary>
    public static IEndpointRouteBuilder MapHealthCheck(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", async (GongkaiDatabase database, HttpContext context, CancellationToken cancellationToken) =>
            {
                // A cached "ok" would hide an outage.
                context.Response.Headers.CacheControl = "no-store";
                return await database.CanConnectAsync(cancellationToken)
                    ? Results.Text(Healthy, "text/plain", Encoding.UTF8)
                    : Results.Text(
                        MessageCatalogue.WebHealthDatabaseUnavailable, "text/plain", Encoding.UTF8, StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("HealthCheck");
        return endpoints;
    }
}
