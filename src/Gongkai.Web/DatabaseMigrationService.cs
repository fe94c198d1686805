using Gongkai.Messages;
using Gongkai.Storage;

namespace Gongkai.Web;

/// <summary>
/// Migrates the database when the host starts. A failure stops the host with the storage layer's Chinese message.
/// </summary>
internal sealed class DatabaseMigrationService(GongkaiDatabase database, ILogger<DatabaseMigrationService> logger)
    : IHostedLifecycleService
{
    /// <summary>
    /// Runs before every hosted service's StartAsync, the server's included, so no request can reach a database that is
    /// not migrated yet.
    /// </summary>
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("{Message}", MessageCatalogue.Format(MessageCatalogue.WebStarting, database.DataDirectory));
        var applied = await database.MigrateAsync(cancellationToken);
        logger.LogInformation(
            "{Message}",
            MessageCatalogue.Format(MessageCatalogue.WebDatabaseReady, database.FilePath, applied.Count, database.Migrations.Count));
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
