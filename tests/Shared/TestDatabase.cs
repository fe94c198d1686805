using Gongkai.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gongkai.Testing;

/// <summary>
/// A fresh, empty database on one provider for one test, with its own empty data directory: on SQLite the directory
/// (gongkai.db is created in it), on PostgreSQL a new database gk_&lt;guid&gt; on the server named by the environment
/// variable GONGKAI_TEST_POSTGRES (scripts/test.sh starts one on loopback and sets it). Disposing drops the database and
/// deletes the directory. Linked into the Storage and Web test projects (tests/Shared).
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>The provider name of SQLite in test data.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>The provider name of PostgreSQL in test data.</summary>
    public const string PostgreSql = "postgresql";

    /// <summary>The environment variable with an Npgsql connection string to a server where the role may create databases.</summary>
    public const string ServerVariable = "GONGKAI_TEST_POSTGRES";

    /// <summary>How to get the PostgreSQL cases to run.</summary>
    public const string Install =
        "sudo apt-get install -y --no-install-recommends postgresql, then run bash scripts/test.sh (it starts a server on loopback and sets GONGKAI_TEST_POSTGRES)";

    private readonly string root;
    private readonly string? serverConnectionString;
    private readonly string? databaseName;

    private TestDatabase(string provider, string root, string? serverConnectionString, string? databaseName, string? connectionString)
    {
        Provider = provider;
        this.root = root;
        this.serverConnectionString = serverConnectionString;
        this.databaseName = databaseName;
        ConnectionString = connectionString;
    }

    /// <summary>Both provider names, for [MemberData].</summary>
    public static TheoryData<string> Providers => new() { Sqlite, PostgreSql };

    /// <summary><see cref="Sqlite"/> or <see cref="PostgreSql"/>.</summary>
    public string Provider { get; }

    /// <summary>Whether this is the PostgreSQL case.</summary>
    public bool IsPostgreSql => Provider == PostgreSql;

    /// <summary>A fresh empty directory (the SQLite file's folder; the data directory on both).</summary>
    public string DataDirectory => root;

    /// <summary>The Npgsql connection string of the fresh database (PostgreSQL only).</summary>
    public string? ConnectionString { get; }

    /// <summary>The migrations shipped for this provider.</summary>
    public IReadOnlyList<SqlMigration> Shipped => IsPostgreSql ? SqlMigrations.PostgreSql : SqlMigrations.Sqlite;

    /// <summary>
    /// A fresh database for the provider, or null when the PostgreSQL case cannot run here: then a note says how to
    /// install it, and under CI=true the test fails instead.
    /// </summary>
    public static async Task<TestDatabase?> CreateAsync(string provider)
    {
        var root = Path.Combine(Path.GetTempPath(), "gongkai-db-tests-" + Guid.NewGuid().ToString("N"));
        if (provider == Sqlite)
        {
            Directory.CreateDirectory(root);
            return new TestDatabase(provider, root, null, null, null);
        }

        Assert.Equal(PostgreSql, provider);
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.False(
                Environment.GetEnvironmentVariable("CI") == "true",
                ServerVariable + " is not set under CI=true: the PostgreSQL cases cannot run. " + Install);
            Console.Error.WriteLine("note: PostgreSQL test case skipped: " + ServerVariable + " is not set. " + Install);
            return null;
        }

        var name = "gk_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        Directory.CreateDirectory(root);
        return new TestDatabase(provider, root, server, name, connectionString);
    }

    /// <summary>A handle on this database with the shipped migrations.</summary>
    public GongkaiDatabase Open(TimeProvider? clock = null) => Open(Shipped, clock);

    /// <summary>A handle on this database with a migration list of its own, optionally with another data directory.</summary>
    public GongkaiDatabase Open(IEnumerable<SqlMigration> migrations, TimeProvider? clock = null, string? dataDirectory = null) =>
        IsPostgreSql
            ? GongkaiDatabase.ForPostgreSql(ConnectionString!, dataDirectory ?? root, migrations, clock)
            : new GongkaiDatabase(dataDirectory ?? root, migrations, clock);

    /// <summary>Drops the PostgreSQL database (closing its connections) and deletes the directory.</summary>
    public async ValueTask DisposeAsync()
    {
        if (serverConnectionString is not null)
        {
            await ExecuteOnServerAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{databaseName}\" WITH (FORCE)");
        }
        else
        {
            // Pooled connections keep the file open; release them before deleting.
            SqliteConnection.ClearAllPools();
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
