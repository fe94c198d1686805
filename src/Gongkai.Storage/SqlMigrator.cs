using System.Data.Common;
using System.Globalization;
using Gongkai.Messages;

namespace Gongkai.Storage;

/// <summary>Applies versioned SQL scripts to a SQLite or PostgreSQL database and keeps the schema_migrations ledger.</summary>
internal static class SqlMigrator
{
    /// <summary>Applies the pending migrations one by one, each with its ledger row in one transaction.</summary>
    public static async Task<IReadOnlyList<SqlMigration>> ApplyAsync(
        GongkaiDatabase database,
        DbConnection connection,
        IReadOnlyList<SqlMigration> migrations,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while the web host writes; it cannot be switched inside a transaction.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);
        }

        var applied = new List<SqlMigration>();
        while (true)
        {
            // The write lock (BEGIN IMMEDIATE on SQLite, pg_advisory_xact_lock on PostgreSQL) is taken before the
            // ledger is read, so a second process starting at the same moment waits and then finds the migration done
            // instead of applying it twice.
            await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
            var done = await ReadAppliedAsync(database.Provider, connection, transaction, cancellationToken);
            CheckAgainstKnown(done, migrations, database.DisplayName);

            var next = migrations.FirstOrDefault(m => done.All(d => d.Version != m.Version));
            if (next is null)
            {
                await transaction.CommitAsync(cancellationToken);
                return applied;
            }

            try
            {
                await ExecuteAsync(connection, transaction, next.Sql, cancellationToken);
                await using var record = connection.CreateCommand(
                    transaction,
                    "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @at)");
                record.AddParameter("@version", next.Version)
                    .AddParameter("@name", next.Name)
                    .AddParameter("@checksum", next.Checksum)
                    .AddParameter("@at", StorageTime.Format(clock.GetUtcNow()));
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbException e)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new StorageException(
                    MessageCatalogue.Format(
                        MessageCatalogue.DatabaseMigrationFailed, database.DisplayName, next.Version, next.Name, e.Message),
                    e);
            }

            applied.Add(next);
        }
    }

    /// <summary>The ledger's rows in version order; empty when the ledger table does not exist yet.</summary>
    public static async Task<IReadOnlyList<AppliedMigration>> ReadAppliedAsync(
        DatabaseProvider provider, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!await TableExistsAsync(provider, connection, transaction, "schema_migrations", cancellationToken))
        {
            return [];
        }

        await using var query = connection.CreateCommand(
            transaction, "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version");
        var rows = new List<AppliedMigration>();
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new AppliedMigration(
                reader.GetInt32(0), reader.GetString(1), reader.GetString(2), StorageTime.Parse(reader.GetString(3))));
        }

        return rows;
    }

    /// <summary>Whether a table exists (in the connection's current schema on PostgreSQL).</summary>
    public static async Task<bool> TableExistsAsync(
        DatabaseProvider provider, DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand(
            transaction,
            provider == DatabaseProvider.Sqlite
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @table"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @table");
        exists.AddParameter("@table", table);
        return Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
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
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
