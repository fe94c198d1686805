using System.Data.Common;
using System.Globalization;
using Gongkai.Model;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Storage.Reports;

/// <summary>
/// The table report_cells (migration 0004): one row per printed amount of a stored report, derived from its document,
/// so that consolidation and supervision queries run in the database. Writers call <see cref="RewriteAsync"/> in their
/// own transaction whenever they store a document, so the cells never disagree with it; blank and unreadable cells
/// have no row. <see cref="ReportBulkImporter"/> writes the cells of the reports it imports by itself.
/// </summary>
public static class ReportCellIndex
{
    /// <summary>The columns written, in COPY and insert order.</summary>
    internal const string Columns = "report_id, year, region, table_code, row_key, column_number, amount";

    /// <summary>
    /// Replaces the cells of report <paramref name="reportId"/> by those of <paramref name="report"/>, inside
    /// <paramref name="transaction"/>. <paramref name="region"/> and <paramref name="year"/> are the values stored in the
    /// report's row (reports.region, reports.year), copied for grouping.
    /// </summary>
    /// <returns>How many cells were written.</returns>
    public static async Task<long> RewriteAsync(
        DbConnection connection, DbTransaction transaction, long reportId, string region, int year, UnitYearReport report,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(region);
        ArgumentNullException.ThrowIfNull(report);
        await using (var delete = connection.CreateCommand(transaction, "DELETE FROM report_cells WHERE report_id = @id"))
        {
            delete.AddParameter("@id", reportId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = PrepareInsert(connection, transaction);
        var postgres = connection is NpgsqlConnection;
        return await InsertAsync(insert, postgres, reportId, region, year, report, cancellationToken);
    }

    /// <summary>A prepared insert of one cell (parameters @report, @year, @region, @table, @row, @column, @amount).</summary>
    internal static DbCommand PrepareInsert(DbConnection connection, DbTransaction transaction)
    {
        var insert = connection.CreateCommand(
            transaction,
            $"INSERT INTO report_cells ({Columns}) VALUES (@report, @year, @region, @table, @row, @column, @amount)");
        insert.AddParameter("@report", 0L).AddParameter("@year", 0).AddParameter("@region", "").AddParameter("@table", "")
            .AddParameter("@row", "").AddParameter("@column", 0);
        if (connection is NpgsqlConnection)
        {
            insert.Parameters.Add(new NpgsqlParameter("@amount", NpgsqlDbType.Numeric) { Value = 0m });
        }
        else
        {
            insert.AddParameter("@amount", "");
        }

        return insert;
    }

    /// <summary>Inserts the cells of one report with a command from <see cref="PrepareInsert"/>.</summary>
    internal static async Task<long> InsertAsync(
        DbCommand insert, bool postgres, long reportId, string region, int year, UnitYearReport report, CancellationToken cancellationToken)
    {
        long count = 0;
        insert.Parameters["@report"].Value = reportId;
        insert.Parameters["@year"].Value = year;
        insert.Parameters["@region"].Value = region;
        foreach (var table in report.Tables)
        {
            insert.Parameters["@table"].Value = table.Kind.ShortCode();
            foreach (var row in table.Rows)
            {
                insert.Parameters["@row"].Value = row.Key;
                for (var c = 0; c < row.ColumnCount; c++)
                {
                    if (row[c + 1] is not { } amount)
                    {
                        continue;
                    }

                    insert.Parameters["@column"].Value = c + 1;
                    insert.Parameters["@amount"].Value = postgres ? amount : Text(amount);
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Writes the cells of one report as rows of a binary COPY into report_cells (columns <see cref="Columns"/>).</summary>
    internal static async Task<long> CopyAsync(
        NpgsqlBinaryImporter importer, long reportId, string region, int year, UnitYearReport report, CancellationToken cancellationToken)
    {
        long count = 0;
        foreach (var table in report.Tables)
        {
            var code = table.Kind.ShortCode();
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < row.ColumnCount; c++)
                {
                    if (row[c + 1] is not { } amount)
                    {
                        continue;
                    }

                    await importer.StartRowAsync(cancellationToken);
                    await importer.WriteAsync(reportId, NpgsqlDbType.Bigint, cancellationToken);
                    await importer.WriteAsync(year, NpgsqlDbType.Integer, cancellationToken);
                    await importer.WriteAsync(region, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(code, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(row.Key, NpgsqlDbType.Text, cancellationToken);
                    await importer.WriteAsync(c + 1, NpgsqlDbType.Integer, cancellationToken);
                    await importer.WriteAsync(amount, NpgsqlDbType.Numeric, cancellationToken);
                    count++;
                }
            }
        }

        return count;
    }

    // The invariant printed form keeps the scale (24.20) and never uses an exponent, which the SQLite sums rely on.
    private static string Text(decimal amount) => amount.ToString(CultureInfo.InvariantCulture);
}
