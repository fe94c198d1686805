using System.Diagnostics;
using Gongkai.Documents.Canonical;
using Gongkai.Storage;
using Gongkai.Storage.Queries;
using Gongkai.Storage.Reports;
using Gongkai.Synthetic;
using Gongkai.Workflow;
using Npgsql;

namespace Gongkai.Bench;

/// <summary>
/// Bulk import of 100,000 synthetic reports (canonical JSON of seed-001-sized reports, one unit each) into an empty,
/// migrated database, wall time: SQLite in a temporary directory (sqlite_import_100k_s) and PostgreSQL
/// (pg_import_100k_s, on a fresh database of the server named by GONGKAI_BENCH_POSTGRES, dropped afterwards; left out
/// with a note when the variable is not set). Then consolidate_100k_pg_s: on a second fresh PostgreSQL database, the
/// same 100,000 reports imported with their cells (report_cells), and the wall time of one
/// <see cref="DatabaseConsolidation"/> of all of them (one GROUP BY in the database). Not part of --quick: a run takes
/// minutes.
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
        var models = Enumerable.Range(0, 64).Select(_ => generator.Next()).ToArray();
        var documents = models.Select(CanonicalJsonWriter.Write).ToArray();
        IEnumerable<NewReport> Reports() => Enumerable.Range(0, Count).Select(i => new NewReport(
            "合成地区", $"合成单位{i:D6}", 2020, Model.DisclosureKind.FinalAccounts, ReportStatus.Published, documents[i % documents.Length]));
        IEnumerable<NewReport> WithCells() => Reports().Select((r, i) => r with { Model = models[i % models.Length] });

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
            Console.Error.WriteLine($"note: pg_import_100k_s and consolidate_100k_pg_s left out: {ServerVariable} is not set (an Npgsql connection string to a server where the role may create databases).");
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

        name = "gk_bench_" + Guid.NewGuid().ToString("N");
        Execute(server, $"CREATE DATABASE \"{name}\"");
        try
        {
            var database = GongkaiDatabase.ForPostgreSql(new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, directory);
            yield return new Figure("consolidate_100k_pg_s", Consolidate(database, WithCells(), models), "s");
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

    // The import is not timed here (pg_import_100k_s measures it); the sum is checked against the members' own cells.
    private static double Consolidate(GongkaiDatabase database, IEnumerable<NewReport> reports, IReadOnlyList<Model.UnitYearReport> models)
    {
        Import(database, reports);
        using (var connection = (NpgsqlConnection)database.OpenConnectionAsync().GetAwaiter().GetResult())
        using (var analyze = new NpgsqlCommand("ANALYZE report_cells", connection))
        {
            analyze.ExecuteNonQuery();
        }

        var watch = Stopwatch.StartNew();
        var report = new DatabaseConsolidation(database).ConsolidateRegionAsync("合成地区汇总", 2020, "合成地区").GetAwaiter().GetResult();
        watch.Stop();

        // Each of the 64 models stands Count / 64 (= 1,562 or 1,563) times; recompute one cell from them.
        var kind = Model.DisclosureTableKind.IncomeExpenditureSummary;
        var key = models[0].Table(kind)!.Rows[0].Key;
        var expected = 0m;
        for (var i = 0; i < Count; i++)
        {
            expected += models[i % models.Count].Table(kind)?.Find(key)?[1] ?? 0m;
        }

        if ((report.Table(kind)?[key, 1] ?? 0m) != expected)
        {
            throw new InvalidOperationException($"The database sum of {key} column 1 is {report.Table(kind)?[key, 1]}, not {expected}.");
        }

        return watch.Elapsed.TotalSeconds;
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
