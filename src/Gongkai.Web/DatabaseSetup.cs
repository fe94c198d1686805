using Gongkai.Messages;
using Gongkai.Storage;

namespace Gongkai.Web;

/// <summary>The database of the web host: where it lives and its migration at start.</summary>
internal static class DatabaseSetup
{
    /// <summary>Configuration key of the data directory (environment: Gongkai__DataDirectory).</summary>
    public const string DataDirectoryKey = "Gongkai:DataDirectory";

    /// <summary>The data directory when none is configured, relative to the content root.</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>
    /// Registers one <see cref="GongkaiDatabase"/>. The directory is read when the database is first needed, after
    /// every configuration source (test hosts included) has had its say.
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
        return services;
    }

    /// <summary>
    /// Creates and migrates the database. Called before the host starts, so no request reaches a database that is not
    /// migrated yet, and a failure ends the program with the storage layer's Chinese message instead of a host error.
    /// </summary>
    /// <exception cref="StorageException">The database cannot be created or migrated.</exception>
    public static async Task MigrateAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        var database = services.GetRequiredService<GongkaiDatabase>();
        logger.LogInformation("{Message}", MessageCatalogue.Format(MessageCatalogue.WebStarting, database.DataDirectory));
        var applied = await database.MigrateAsync(cancellationToken);
        logger.LogInformation(
            "{Message}",
            MessageCatalogue.Format(MessageCatalogue.WebDatabaseReady, database.FilePath, applied.Count, database.Migrations.Count));
    }
}
