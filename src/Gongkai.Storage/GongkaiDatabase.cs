using System.Data.Common;
using Gongkai.Messages;
using Microsoft.Data.Sqlite;

namespace Gongkai.Storage;

/// <summary>
/// The SQLite database of one installation: the file gongkai.db in the data directory, brought to the newest schema by
/// <see cref="MigrateAsync"/>. Thread-safe; the web host keeps one instance.
/// </summary>
public sealed class GongkaiDatabase
{
    /// <summary>The database file's name inside the data directory.</summary>
    public const string FileName = "gongkai.db";

    private readonly IReadOnlyList<SqlMigration> migrations;
    private readonly TimeProvider clock;

    /// <summary>Creates the handle for the database in a data directory, with the migrations shipped with Gongkai.</summary>
    public GongkaiDatabase(string dataDirectory, TimeProvider? clock = null)
        : this(dataDirectory, SqlMigrations.Sqlite, clock)
    {
    }

    /// <summary>
    /// Creates the handle with a migration list of its own (tests). Nothing touches the disk until a method is called.
    /// </summary>
    public GongkaiDatabase(string dataDirectory, IEnumerable<SqlMigration> migrations, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        DataDirectory = Path.GetFullPath(dataDirectory);
        FilePath = Path.Combine(DataDirectory, FileName);
        this.migrations = SqlMigrations.Validate(migrations);
        this.clock = clock ?? TimeProvider.System;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
        }.ToString();
    }

    /// <summary>The data directory (absolute).</summary>
    public string DataDirectory { get; }

    /// <summary>The database file (absolute).</summary>
    public string FilePath { get; }

    /// <summary>The connection string for <see cref="FilePath"/> (pooled, foreign keys on).</summary>
    public string ConnectionString { get; }

    /// <summary>The migrations this handle knows, in version order.</summary>
    public IReadOnlyList<SqlMigration> Migrations => migrations;

    /// <summary>
    /// Creates the data directory and the database file when absent and applies every pending migration, each in its
    /// own transaction: a migration that fails leaves the database as it was before it. Safe to call again and from
    /// several processes at once (the write lock is taken before the ledger is read).
    /// </summary>
    /// <returns>The migrations applied by this call (empty when the database was already up to date).</returns>
    /// <exception cref="StorageException">The directory or file cannot be created, a migration fails, or the database
    /// was migrated by a different (edited or newer) script set.</exception>
    public async Task<IReadOnlyList<SqlMigration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            Directory.CreateDirectory(DataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException(MessageCatalogue.Format(MessageCatalogue.DataDirectoryUnusable, DataDirectory, e.Message), e);
        }

        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SqlMigrator.ApplyAsync(connection, FilePath, migrations, clock, cancellationToken);
    }

    /// <summary>The migrations recorded in the database, in version order (empty for a new or unmigrated file).</summary>
    public async Task<IReadOnlyList<AppliedMigration>> AppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SqlMigrator.ReadAppliedAsync(connection, null, cancellationToken);
    }

    /// <summary>
    /// Whether the database file exists, opens and holds the migration ledger. Opens a fresh, unpooled connection that
    /// does not create the file, so a deleted or broken database is seen as such.
    /// </summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        var probe = new SqliteConnectionStringBuilder(ConnectionString)
        {
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        try
        {
            await using var connection = new SqliteConnection(probe);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    /// <summary>
    /// Begins the transaction every write runs in. On SQLite it is IMMEDIATE: the write lock is taken before the
    /// transaction's first read, so two writers cannot both pass a check and then both write. Store code calls this
    /// instead of the provider's own BeginTransaction, so it stays provider-neutral.
    /// </summary>
    public ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        cancellationToken.ThrowIfCancellationRequested();
        if (connection is SqliteConnection sqlite)
        {
            return ValueTask.FromResult<DbTransaction>(sqlite.BeginTransaction(deferred: false));
        }

        return connection.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>An open connection to the database (the caller disposes it). Creates the file when absent.</summary>
    /// <exception cref="StorageException">The file cannot be opened.</exception>
    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw new StorageException(MessageCatalogue.Format(MessageCatalogue.DatabaseUnavailable, FilePath, e.Message), e);
        }
    }
}
