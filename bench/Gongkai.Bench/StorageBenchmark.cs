using System.Diagnostics;
using Gongkai.Documents.Canonical;
using Gongkai.Storage;
using Gongkai.Storage.Reports;
using Gongkai.Synthetic;
using Gongkai.Workflow;
using Npgsql;

namespace Gongkai.Bench;

/// <summary>
/// Bulk import of 100,000 synthetic reports (canonical JSON of seed-001-sized reports, one unit each) into an empty,
/// migrated database, wall time: SQLite in a temporary directory (sqlite_import_100k_s) and PostgreSQL
/// (pg_import_100k_s, on a fresh database of the server named by GONGKAI_BENCH_POSTGRES, dropped afterwards; left out
/// with a note when the variable is not set). Not part of --quick: a run takes tens of seconds.
/// </summary>
public sealed class StorageBenchmark : IBenchmark
{
    /// <summary>The variable with an Npgsql connection string to a server where the role may create databases.</summary>
    public const string ServerVariable = "GONGKAI_BENCH_POSTGRES";

    private const int Count = 100_000;

    /// <inheritdoc />
    public string Name => "storage";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        if (quick)
        {
            yield break;
        }

        var generator = new SyntheticReportGenerator(seed: 20201231);
        var documents = Enumerable.Range(0, 64).Select(_ => CanonicalJsonWriter.Write(generator.Next())).ToArray();
        IEnumerable<NewReport> Reports() => Enumerable.Range(0, Count).Select(i => new NewReport(
            "合成地区", $"合成单位{i:D6}", 2020, Model.DisclosureKind.FinalAccounts, ReportStatus.Published, documents[i % documents.Length]));

        var directory = Path.Combine(Path.GetTempPath(), "gongkai-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            yield return new Figure("sqlite_import_100k_s", Import(new GongkaiDatabase(directory), Reports()), "s");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }

        var server = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Console.Error.WriteLine($"note: pg_import_100k_s left out: {ServerVariable} is not set (an Npgsql connection string to a server where the role may create databases).");
            yield break;
        }

        var name = "gk_bench_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            var database = GongkaiDatabase.ForPostgreSql(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, directory);
            yield return new Figure("pg_import_100k_s", Import(database, Reports()), "s");
        }
        finally
        {
            Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static double Import(GongkaiDatabase database, IEnumerable<NewReport> reports)
    {
        database.MigrateAsync().GetAwaiter().GetResult();
        var watch = Stopwatch.StartNew();
        var imported = new ReportBulkImporter(database).ImportAsync(reports).GetAwaiter().GetResult();
        watch.Stop();
        if (imported != Count || new ReportStore(database).CountAsync().GetAwaiter().GetResult() != Count)
        {
            throw new InvalidOperationException($"Imported {imported} reports instead of {Count}.");
        }

        return watch.Elapsed.TotalSeconds;
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
