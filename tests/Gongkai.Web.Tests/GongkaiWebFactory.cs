using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>The real web host (Program) behind an in-memory server, with its own data directory.</summary>
internal sealed class GongkaiWebFactory(string dataDirectory) : WebApplicationFactory<Program>
{
    /// <summary>Extra service registrations for one test (run after the host's own).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Gongkai:DataDirectory", dataDirectory);
        if (ConfigureTestServices is not null)
        {
            builder.ConfigureServices(ConfigureTestServices);
        }
    }
}
