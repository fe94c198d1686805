using Gongkai.Messages;
using Gongkai.Storage;

namespace Gongkai.Web;

/// <summary>
/// The database of the web host: where it lives and its migration at start. PostgreSQL when the connection string
/// ConnectionStrings:Gongkai (environment: ConnectionStrings__Gongkai) is set, otherwise SQLite in the data directory.
/// </summary>
internal static class DatabaseSetup
{
    /// <summary>The name of the PostgreSQL connection string (configuration key ConnectionStrings:Gongkai).</summary>
    public const string ConnectionStringName = "Gongkai";

    /// <summary>Configuration key of the data directory (environment: Gongkai__DataDirectory).</summary>
    public const string DataDirectoryKey = "Gongkai:DataDirectory";

    /// <summary>The data directory when none is configured, relative to the content root.</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>
    /// Registers one <see cref="GongkaiDatabase"/>. The settings are read when the database is first needed, after
    /// every configuration source (test hosts included) has had its say. A malformed connection string surfaces as a
    /// <see cref="StorageException"/> at the migration before start, which ends the program with one Chinese line.
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
            var dataDirectory = Path.GetFullPath(directory, environment.ContentRootPath);
            var clock = sp.GetRequiredService<TimeProvider>();
            var connectionString = configuration.GetConnectionString(ConnectionStringName);
            return string.IsNullOrWhiteSpace(connectionString)
                ? new GongkaiDatabase(dataDirectory, clock)
                : GongkaiDatabase.ForPostgreSql(connectionString, dataDirectory, clock);
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
        // Resolved here, inside the caller's handler for StorageException, so a malformed connection string is one line.
        var database = services.GetRequiredService<GongkaiDatabase>();
        logger.LogInformation("{Message}", MessageCatalogue.Format(MessageCatalogue.WebStarting, database.DataDirectory));
        var applied = await database.MigrateAsync(cancellationToken);
        logger.LogInformation(
            "{Message}",
            MessageCatalogue.Format(MessageCatalogue.WebDatabaseReady, database.DisplayName, applied.Count, database.Migrations.Count));
    }
}
