using Gongkai.Storage;

namespace Gongkai.Cli.Commands;

/// <summary>
/// The database a backup or restore works on: --connection (PostgreSQL) or else SQLite in --data, the data directory
/// (default ./data, as the web host's), which on both providers also holds the installation's files.
/// </summary>
public static class DatabaseOptions
{
    /// <summary>The options these commands take besides their own.</summary>
    public static readonly string[] Names = ["--data", "--connection"];

    /// <summary>The data directory when none is given.</summary>
    public const string DefaultDataDirectory = "./data";

    /// <summary>The database the options name.</summary>
    /// <exception cref="StorageException">The connection string does not parse.</exception>
    public static GongkaiDatabase Open(CliArguments parsed)
    {
        var data = parsed.Value("--data") ?? DefaultDataDirectory;
        return parsed.Value("--connection") is { } connection
            ? GongkaiDatabase.ForPostgreSql(connection, data)
            : new GongkaiDatabase(data);
    }
}
