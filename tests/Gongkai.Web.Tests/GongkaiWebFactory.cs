using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.Web.Tests;

/// <summary>
/// The real web host (Program) behind an in-memory server, with its own data directory, on SQLite or (with
/// <see cref="ConnectionString"/>) on PostgreSQL.
/// </summary>
internal sealed class GongkaiWebFactory(string dataDirectory) : WebApplicationFactory<Program>
{
    /// <summary>Creates the host for a test database: its data directory and, on PostgreSQL, its connection string.</summary>
    public GongkaiWebFactory(Gongkai.Testing.TestDatabase database)
        : this(database.DataDirectory)
    {
        ConnectionString = database.ConnectionString;
    }

    /// <summary>The PostgreSQL connection string (ConnectionStrings:Gongkai); null for SQLite in the data directory.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Extra service registrations for one test (run after the host's own).</summary>
    public Action<IServiceCollection>? ConfigureTestServices { get; init; }

    /// <summary>The demo data directory; null for the default (the repository's samples folder).</summary>
    public string? DemoDataDirectory { get; init; }

    /// <summary>
    /// The seed directory; the default is a directory that does not exist, so the tests written against the canonical
    /// sample keep it as their only demo report.
    /// </summary>
    public string SeedDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "gongkai-no-seeds");

    /// <summary>The upload limit in bytes; null for the default (20 MB).</summary>
    public long? UploadLimitBytes { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Gongkai:DataDirectory", dataDirectory);
        builder.UseSetting("Gongkai:SeedDirectory", SeedDirectory);
        // Set even when empty, so a ConnectionStrings__Gongkai in the developer's environment cannot move a SQLite test.
        builder.UseSetting("ConnectionStrings:Gongkai", ConnectionString ?? "");
        if (DemoDataDirectory is not null)
        {
            builder.UseSetting("Gongkai:DemoDataDirectory", DemoDataDirectory);
        }

        if (UploadLimitBytes is not null)
        {
            builder.UseSetting("Gongkai:UploadLimitBytes", UploadLimitBytes.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (ConfigureTestServices is not null)
        {
            builder.ConfigureServices(ConfigureTestServices);
        }
    }
}
