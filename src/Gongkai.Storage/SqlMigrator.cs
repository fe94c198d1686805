using System.Globalization;
using Gongkai.Messages;
using Microsoft.Data.Sqlite;

namespace Gongkai.Storage;

/// <summary>Applies versioned SQL scripts to a SQLite database and keeps the schema_migrations ledger.</summary>
internal static class SqlMigrator
{
    /// <summary>Applies the pending migrations one by one, each with its ledger row in one transaction.</summary>
    public static async Task<IReadOnlyList<SqlMigration>> ApplyAsync(
        SqliteConnection connection,
        string databaseName,
        IReadOnlyList<SqlMigration> migrations,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        // WAL lets readers go on while the web host writes; it cannot be switched inside a transaction.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);

        var applied = new List<SqlMigration>();
        while (true)
        {
            // BEGIN IMMEDIATE takes the write lock before the ledger is read, so a second process starting at the
            // same moment waits and then finds the migration done instead of applying it twice.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var done = await ReadAppliedAsync(connection, transaction, cancellationToken);
            CheckAgainstKnown(done, migrations, databaseName);

            var next = migrations.FirstOrDefault(m => done.All(d => d.Version != m.Version));
            if (next is null)
            {
                await transaction.CommitAsync(cancellationToken);
                return applied;
            }

            try
            {
                await ExecuteAsync(connection, transaction, next.Sql, cancellationToken);
                await using var record = connection.CreateCommand();
                record.Transaction = transaction;
                record.CommandText =
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES ($version, $name, $checksum, $at)";
                record.Parameters.AddWithValue("$version", next.Version);
                record.Parameters.AddWithValue("$name", next.Name);
                record.Parameters.AddWithValue("$checksum", next.Checksum);
                record.Parameters.AddWithValue("$at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (SqliteException e)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new StorageException(
                    MessageCatalogue.Format(MessageCatalogue.DatabaseMigrationFailed, databaseName, next.Version, next.Name, e.Message), e);
            }

            applied.Add(next);
        }
    }

    /// <summary>The ledger's rows in version order; empty when the ledger table does not exist yet.</summary>
    public static async Task<IReadOnlyList<AppliedMigration>> ReadAppliedAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            return [];
        }

        await using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version";
        var rows = new List<AppliedMigration>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AppliedMigration(
                reader.GetInt32(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return rows;
    }

    // A database migrated with a script that has since been edited, or by a newer program, would silently diverge
    // from what this program expects; stop instead.
    private static void CheckAgainstKnown(IReadOnlyList<AppliedMigration> done, IReadOnlyList<SqlMigration> known, string databaseName)
    {
        foreach (var row in done)
        {
            var script = known.FirstOrDefault(m => m.Version == row.Version);
            if (script is null)
            {
                throw new StorageException(
                    MessageCatalogue.Format(MessageCatalogue.DatabaseNewerThanProgram, databaseName, row.Version, row.Name));
            }

            if (!string.Equals(script.Checksum, row.Checksum, StringComparison.Ordinal))
            {
                throw new StorageException(
                    MessageCatalogue.Format(MessageCatalogue.DatabaseMigrationChanged, databaseName, row.Version, row.Name));
            }
        }
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
