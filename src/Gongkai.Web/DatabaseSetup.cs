using Gongkai.Storage;

namespace Gongkai.Web;

/// <summary>The database of the web host: where it lives and its migration at start.</summary>
internal static class DatabaseSetup
{
    /// <summary>Configuration key of the data directory (environment: Gongkai__DataDirectory).</summary>
    public const string DataDirectoryKey = "Gongkai:DataDirectory";

    /// <summary>The data directory when none is configured, relative to the content root (the current directory).</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>
    /// Registers one <see cref="GongkaiDatabase"/> and a start-up step that migrates it before the server accepts
    /// requests. The directory is read when the database is first needed, so test hosts can override it.
    /// </summary>
    public static IServiceCollection AddGongkaiDatabase(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var environment = sp.GetRequiredService<IHostEnvironment>();
            var configured = configuration[DataDirectoryKey];
            var directory = string.IsNullOrWhiteSpace(configured) ? DefaultDataDirectory : configured;
            return new GongkaiDatabase(
                Path.GetFullPath(directory, environment.ContentRootPath), sp.GetRequiredService<TimeProvider>());
        });
        services.AddHostedService<DatabaseMigrationService>();
        return services;
    }

}
