using System.Data.Common;
using Gongkai.Messages;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Storage.Reports;

/// <summary>
/// Loads many reports at once (a migration from another system, a province's archive) all or nothing: on PostgreSQL by
/// binary COPY, on SQLite by one prepared insert reused inside one transaction. Each report is stored as
/// <see cref="ReportStore.InsertAsync"/> would store it (row_version 1, created and updated now); the store's
/// uniqueness of unit, year and kind holds, and one duplicate refuses the whole batch. Reports that carry their
/// <see cref="NewReport.Model"/> get their cells in report_cells too (a second COPY on PostgreSQL).
/// </summary>
public sealed class ReportBulkImporter
{
    private const string Columns = "region, unit_name, year, kind, status, document, created_at, updated_at, row_version";

    private readonly GongkaiDatabase database;
    private readonly TimeProvider clock;

    /// <summary>Creates the importer over a (migrated) database.</summary>
    public ReportBulkImporter(GongkaiDatabase database, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Imports every report in one transaction.</summary>
    /// <returns>How many reports were imported.</returns>
    /// <exception cref="ReportWriteException">A report collides with a stored one or another of the batch, or breaks a
    /// rule of the schema; nothing was imported.</exception>
    public async Task<long> ImportAsync(IEnumerable<NewReport> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var at = StorageTime.Format(clock.GetUtcNow());
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        try
        {
            var count = connection is NpgsqlConnection postgres
                ? await CopyAsync(postgres, reports, at, cancellationToken)
                : await InsertAsync(connection, transaction, reports, at, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return count;
        }
        catch (DbException e)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new ReportWriteException(MessageCatalogue.Format(MessageCatalogue.BulkImportFailed, database.DisplayName, e.Message), e);
        }
    }

    private static async Task<long> CopyAsync(
        NpgsqlConnection connection, IEnumerable<NewReport> reports, string at, CancellationToken cancellationToken)
    {
        // The ids are taken from the identity's sequence first, so the cells can name their report in the second COPY.
        var batch = reports.ToList();
        batch.ForEach(Validate);
        var ids = new List<long>(batch.Count);
        if (batch.Count > 0)
        {
            await using var reserve = connection.CreateCommand();
            reserve.CommandText = "SELECT nextval(pg_get_serial_sequence('reports', 'id')) FROM generate_series(1, @n)";
            reserve.AddParameter("@n", batch.Count);
            await using var reader = await reserve.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        await using (var importer = await connection.BeginBinaryImportAsync(
            $"COPY reports (id, {Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var report = batch[i];
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(ids[i], NpgsqlDbType.Bigint, cancellationToken);
                await importer.WriteAsync(report.Region, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(report.UnitName, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(report.Year, NpgsqlDbType.Integer, cancellationToken);
                await importer.WriteAsync(report.Kind.ToString(), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(report.Status.ToString(), NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(report.Document, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(at, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(at, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(1L, NpgsqlDbType.Bigint, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        if (batch.Any(r => r.Model is not null))
        {
            await using var cells = await connection.BeginBinaryImportAsync(
                $"COPY report_cells ({ReportCellIndex.Columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].Model is { } model)
                {
                    await ReportCellIndex.CopyAsync(cells, ids[i], batch[i].Region, batch[i].Year, model, cancellationToken);
                }
            }

            await cells.CompleteAsync(cancellationToken);
        }

        return batch.Count;
    }

    private static async Task<long> InsertAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<NewReport> reports, string at, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand(
            transaction,
            $"INSERT INTO reports ({Columns}) VALUES (@region, @unit, @year, @kind, @status, @document, @at, @at, 1) RETURNING id");
        insert.AddParameter("@region", "").AddParameter("@unit", "").AddParameter("@year", 0).AddParameter("@kind", "")
            .AddParameter("@status", "").AddParameter("@document", "").AddParameter("@at", at);
        await insert.PrepareAsync(cancellationToken);
        await using var cells = ReportCellIndex.PrepareInsert(connection, transaction);
        long count = 0;
        foreach (var report in reports)
        {
            Validate(report);
            insert.Parameters["@region"].Value = report.Region;
            insert.Parameters["@unit"].Value = report.UnitName;
            insert.Parameters["@year"].Value = report.Year;
            insert.Parameters["@kind"].Value = report.Kind.ToString();
            insert.Parameters["@status"].Value = report.Status.ToString();
            insert.Parameters["@document"].Value = report.Document;
            var id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (report.Model is { } model)
            {
                await ReportCellIndex.InsertAsync(cells, postgres: false, id, report.Region, report.Year, model, cancellationToken);
            }

            count++;
        }

        return count;
    }

    private static void Validate(NewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.UnitName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Document);
        ArgumentNullException.ThrowIfNull(report.Region);
    }
}
