using System.Data.Common;
using Gongkai.Messages;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Storage;

/// <summary>
/// The database of one installation, on SQLite (the file gongkai.db in the data directory; the default) or on
/// PostgreSQL (<see cref="ForPostgreSql(string, string, TimeProvider?)"/>), brought to the newest schema by
/// <see cref="MigrateAsync"/>. Store code sees only <see cref="DbConnection"/>, <see cref="DbTransaction"/> and
/// <see cref="DbCommandExtensions"/>, so the same code and the same tests run on both. Thread-safe; the web host keeps
/// one instance. The data directory holds the installation's files (keys, uploads) on both providers.
/// </summary>
public sealed class GongkaiDatabase
{
    /// <summary>The database file's name inside the data directory.</summary>
    public const string FileName = "gongkai.db";

    // pg_advisory_xact_lock key ("Gongkai" in ASCII): every write transaction and every migration step takes it, so
    // PostgreSQL serialises writers as SQLite's BEGIN IMMEDIATE does. Advisory locks are per database.
    private const long WriteLockKey = 0x476F6E676B6169;

    private readonly IReadOnlyList<SqlMigration> migrations;
    private readonly TimeProvider clock;

    /// <summary>Creates the handle for the SQLite database in a data directory, with the migrations shipped with Gongkai.</summary>
    public GongkaiDatabase(string dataDirectory, TimeProvider? clock = null)
        : this(dataDirectory, SqlMigrations.Sqlite, clock)
    {
    }

    /// <summary>
    /// Creates the SQLite handle with a migration list of its own (tests). Nothing touches the disk until a method is called.
    /// </summary>
    public GongkaiDatabase(string dataDirectory, IEnumerable<SqlMigration> migrations, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Provider = DatabaseProvider.Sqlite;
        DataDirectory = Path.GetFullPath(dataDirectory);
        FilePath = Path.Combine(DataDirectory, FileName);
        DisplayName = FilePath;
        this.migrations = SqlMigrations.Validate(migrations);
        this.clock = clock ?? TimeProvider.System;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            ForeignKeys = true,
        }.ToString();
    }

    private GongkaiDatabase(
        string connectionString, string displayName, string dataDirectory, IEnumerable<SqlMigration> migrations, TimeProvider? clock)
    {
        Provider = DatabaseProvider.PostgreSql;
        DataDirectory = Path.GetFullPath(dataDirectory);
        FilePath = displayName;
        DisplayName = displayName;
        ConnectionString = connectionString;
        this.migrations = SqlMigrations.Validate(migrations);
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The engine: SQLite or PostgreSQL.</summary>
    public DatabaseProvider Provider { get; }

    /// <summary>The data directory (absolute): the SQLite file's folder, and on both providers the installation's files.</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// The SQLite database file (absolute). On PostgreSQL there is no file: this is <see cref="DisplayName"/>, so
    /// messages that name the database stay meaningful.
    /// </summary>
    public string FilePath { get; }

    /// <summary>
    /// How messages name the database: the file path on SQLite, "PostgreSQL 数据库 name（host:port）" on PostgreSQL.
    /// Never holds a password.
    /// </summary>
    public string DisplayName { get; }

    /// <summary>
    /// The connection string: for <see cref="FilePath"/> on SQLite (pooled, foreign keys on); on PostgreSQL the one
    /// given, password included, so it is never shown to anybody.
    /// </summary>
    public string ConnectionString { get; }

    /// <summary>The migrations this handle knows, in version order.</summary>
    public IReadOnlyList<SqlMigration> Migrations => migrations;

    /// <summary>
    /// Creates the handle for a PostgreSQL database, with the migrations shipped with Gongkai. Nothing connects until
    /// a method is called.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (Host=…;Port=…;Database=…;Username=…;Password=…).</param>
    /// <param name="dataDirectory">The installation's files (keys, uploads); the database itself is on the server.</param>
    /// <param name="clock">The clock for timestamps; the system clock when null.</param>
    /// <exception cref="StorageException">The connection string does not parse (the message does not repeat it).</exception>
    public static GongkaiDatabase ForPostgreSql(string connectionString, string dataDirectory, TimeProvider? clock = null) =>
        ForPostgreSql(connectionString, dataDirectory, SqlMigrations.PostgreSql, clock);

    /// <summary>Creates the PostgreSQL handle with a migration list of its own (tests).</summary>
    /// <exception cref="StorageException">The connection string does not parse (the message does not repeat it).</exception>
    public static GongkaiDatabase ForPostgreSql(
        string connectionString, string dataDirectory, IEnumerable<SqlMigration> migrations, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
        {
            // The parser's own text may quote the string, password and all: say only that it is wrong.
            throw new StorageException(MessageCatalogue.DatabaseConnectionStringInvalid);
        }

        if (string.IsNullOrWhiteSpace(builder.Host))
        {
            throw new StorageException(MessageCatalogue.DatabaseConnectionStringInvalid);
        }

        var displayName = MessageCatalogue.Format(
            MessageCatalogue.DatabasePostgreSqlName, builder.Database ?? builder.Username ?? "", builder.Host, builder.Port);
        return new GongkaiDatabase(builder.ConnectionString, displayName, dataDirectory, migrations, clock);
    }

    /// <summary>
    /// Creates the data directory (and on SQLite the database file) when absent and applies every pending migration,
    /// each in its own transaction: a migration that fails leaves the database as it was before it. Safe to call again
    /// and from several processes at once (the write lock is taken before the ledger is read: BEGIN IMMEDIATE on
    /// SQLite, pg_advisory_xact_lock on PostgreSQL).
    /// </summary>
    /// <returns>The migrations applied by this call (empty when the database was already up to date).</returns>
    /// <exception cref="StorageException">The directory or database cannot be created or reached, a migration fails,
    /// or the database was migrated by a different (edited or newer) script set.</exception>
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
        return await SqlMigrator.ApplyAsync(this, connection, migrations, clock, cancellationToken);
    }

    /// <summary>The migrations recorded in the database, in version order (empty for a new or unmigrated database).</summary>
    public async Task<IReadOnlyList<AppliedMigration>> AppliedMigrationsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenConnectionAsync(cancellationToken);
        return await SqlMigrator.ReadAppliedAsync(Provider, connection, null, cancellationToken);
    }

    /// <summary>
    /// Whether the database exists, opens and holds the migration ledger. Opens a fresh, unpooled connection (that on
    /// SQLite does not create the file), so a deleted database or a stopped server is seen as such, and a server that
    /// is back is seen at once.
    /// </summary>
    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using DbConnection connection = Provider == DatabaseProvider.Sqlite
                ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString)
                {
                    Mode = SqliteOpenMode.ReadWrite,
                    Pooling = false,
                }.ToString())
                : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString)
                {
                    Pooling = false,
                    Timeout = 5,
                    CommandTimeout = 5,
                }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM schema_migrations";
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is DbException or TimeoutException or IOException)
        {
            ForgetPooledConnections();
            return false;
        }
    }

    /// <summary>
    /// Begins the transaction every write runs in. The write lock is taken before the transaction's first read, so two
    /// writers cannot both pass a check and then both write: on SQLite the transaction is IMMEDIATE, on PostgreSQL it
    /// takes a transaction-level advisory lock that every writer of this database shares. Store code calls this
    /// instead of the provider's own BeginTransaction, so it stays provider-neutral.
    /// </summary>
    public async ValueTask<DbTransaction> BeginWriteTransactionAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        cancellationToken.ThrowIfCancellationRequested();
        if (connection is SqliteConnection sqlite)
        {
            return sqlite.BeginTransaction(deferred: false);
        }

        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand(transaction, "SELECT pg_advisory_xact_lock(@key)");
            command.AddParameter("@key", WriteLockKey);
            await command.ExecuteNonQueryAsync(cancellationToken);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>An open connection to the database (the caller disposes it). On SQLite it creates the file when absent.</summary>
    /// <exception cref="StorageException">The database cannot be opened or the server cannot be reached.</exception>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (Exception e) when (e is DbException or TimeoutException or IOException)
        {
            await connection.DisposeAsync();
            ForgetPooledConnections();
            throw new StorageException(MessageCatalogue.Format(MessageCatalogue.DatabaseUnavailable, DisplayName, e.Message), e);
        }
    }

    /// <summary>The same database with another migration list (a restore migrates only up to the backup's version first).</summary>
    internal GongkaiDatabase WithMigrations(IEnumerable<SqlMigration> other) =>
        Provider == DatabaseProvider.Sqlite
            ? new GongkaiDatabase(DataDirectory, other, clock)
            : new GongkaiDatabase(ConnectionString, DisplayName, DataDirectory, other, clock);

    // After an outage the pooled PostgreSQL connections are dead sockets; dropping them when the outage is seen means
    // the first request after the server is back gets a fresh connection instead of an error.
    private void ForgetPooledConnections()
    {
        if (Provider == DatabaseProvider.PostgreSql)
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            NpgsqlConnection.ClearPool(connection);
        }
    }
}
