namespace Gongkai.Web;

/// <summary>Where the host listens when nobody said: loopback only, port 5080, so a first start exposes nothing.</summary>
internal static class ListenAddress
{
    /// <summary>The address used when no --urls, ASPNETCORE_URLS, HTTP(S)_PORTS or Kestrel endpoint is configured.</summary>
    public const string Default = "http://127.0.0.1:5080";

    /// <summary>Whether configuration names an address already (then it wins over <see cref="Default"/>).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();

    /// <summary>Listens on <see cref="Default"/> unless configuration names an address.</summary>
    public static void ApplyDefault(IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (!IsConfigured(configuration))
        {
            webHost.UseUrls(Default);
        }
    }
}
