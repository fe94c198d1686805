using System.Data.Common;
using System.Globalization;
using System.Text;
using Gongkai.Consolidation;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;
using Npgsql;
using NpgsqlTypes;

namespace Gongkai.Storage.Queries;

/// <summary>
/// 汇总 done by the database: every cell of the chosen reports summed by (table, row key, column) in one GROUP BY over
/// report_cells (migration 0004), then laid out as <see cref="Consolidator"/> lays out its in-memory sums (blank stays
/// blank, rows in template order, only the 情况说明 figures the template knows), so both give the same cells. Only
/// reports whose cells were written (<see cref="Reports.ReportCellIndex"/>) count. On PostgreSQL the amounts are
/// numeric and sum exactly; on SQLite they are text, summed as integers of millionths (amounts with more than six
/// decimals are summed in memory instead), and the sum keeps the largest printed scale as a decimal addition does.
/// </summary>
public sealed class DatabaseConsolidation
{
    // The SQLite sums are integers of 10^-6 (万元): exact for every amount printed with up to six decimals.
    private const int SqliteScale = 6;

    private readonly GongkaiDatabase database;
    private readonly TemplateLibrary templates;

    /// <summary>Creates the queries over a (migrated) database; <paramref name="templates"/> orders the rows (built-in when null).</summary>
    public DatabaseConsolidation(GongkaiDatabase database, TemplateLibrary? templates = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
        this.templates = templates ?? TemplateLibrary.BuiltIn;
    }

    /// <summary>
    /// Consolidates the reports of <paramref name="kind"/> for <paramref name="year"/> whose region starts with
    /// <paramref name="regionPrefix"/> ("" for every region) into a report named <paramref name="name"/>.
    /// </summary>
    /// <exception cref="ConsolidationException">No report matches.</exception>
    public Task<UnitYearReport> ConsolidateRegionAsync(
        string name, int year, string regionPrefix, DisclosureKind kind = DisclosureKind.FinalAccounts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(regionPrefix);
        var filter = new Filter(
            "year = @year AND kind = @kind AND substr(region, 1, @length) = @prefix",
            "c.year = @year AND substr(c.region, 1, @length) = @prefix AND c.report_id IN (SELECT id FROM reports WHERE year = @year AND kind = @kind)",
            command => command.AddParameter("@year", year).AddParameter("@kind", kind.ToString())
                .AddParameter("@length", regionPrefix.Length).AddParameter("@prefix", regionPrefix));
        return ConsolidateAsync(name, filter, cancellationToken);
    }

    /// <summary>Consolidates the stored reports <paramref name="reportIds"/> (all of one year and kind) into a report named <paramref name="name"/>.</summary>
    /// <exception cref="ConsolidationException">None of the ids is stored, or the reports differ in year or kind.</exception>
    public Task<UnitYearReport> ConsolidateReportsAsync(string name, IEnumerable<long> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        var ids = reportIds.Distinct().ToArray();
        var postgres = database.Provider == DatabaseProvider.PostgreSql;

        // PostgreSQL takes the ids as one array; SQLite as one JSON array, so the statement stays the same for any count.
        var members = postgres ? "id = ANY(@ids)" : "id IN (SELECT value FROM json_each(@ids))";
        var filter = new Filter(
            members,
            "c.report_id IN (SELECT id FROM reports WHERE " + members + ")",
            command =>
            {
                if (postgres)
                {
                    command.Parameters.Add(new NpgsqlParameter("@ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids });
                }
                else
                {
                    command.AddParameter("@ids", "[" + string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture))) + "]");
                }
            });
        return ConsolidateAsync(name, filter, cancellationToken);
    }

    private async Task<UnitYearReport> ConsolidateAsync(string name, Filter filter, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);

        // One snapshot for the members and their sums, so a writer in between cannot make them disagree.
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
        var members = await MembersAsync(connection, transaction, filter, cancellationToken);
        var first = members[0];
        foreach (var m in members)
        {
            if (m.Year != first.Year)
            {
                throw new ConsolidationException(MessageCatalogue.Format(MessageCatalogue.ConsolidationYearsDiffer, first.Name, first.Year, m.Name, m.Year));
            }

            if (m.Kind != first.Kind)
            {
                throw new ConsolidationException(MessageCatalogue.Format(MessageCatalogue.ConsolidationKindsDiffer, first.Name, m.Name));
            }
        }

        var sums = new UnitYearReport { Kind = Enum.Parse<DisclosureKind>(first.Kind), Year = first.Year };
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            await SumPostgreSqlAsync(connection, transaction, filter, sums, cancellationToken);
        }
        else
        {
            await SumSqliteAsync(connection, transaction, filter, sums, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);

        // The sums form one member; the Consolidator lays it out (template order, known 情况说明 figures only).
        var report = Consolidator.Consolidate(name, [sums], templates).Report;
        report.Unit = GroupUnit(name, members);
        return report;
    }

    private static async Task<List<Member>> MembersAsync(DbConnection connection, DbTransaction transaction, Filter filter, CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        await using var command = connection.CreateCommand(
            transaction, "SELECT unit_name, region, year, kind FROM reports WHERE " + filter.Reports + " ORDER BY id");
        filter.Bind(command);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            members.Add(new Member(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetString(3)));
        }

        if (members.Count == 0)
        {
            throw new ConsolidationException(MessageCatalogue.ConsolidationNoMembers);
        }

        return members;
    }

    private static async Task SumPostgreSqlAsync(
        DbConnection connection, DbTransaction transaction, Filter filter, UnitYearReport sums, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            transaction,
            "SELECT c.table_code, c.row_key, c.column_number, SUM(c.amount) FROM report_cells c WHERE " + filter.Cells +
            " GROUP BY c.table_code, c.row_key, c.column_number");
        filter.Bind(command);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Put(sums, reader.GetString(0), reader.GetString(1), reader.GetInt32(2), reader.GetDecimal(3));
        }
    }

    private static async Task SumSqliteAsync(
        DbConnection connection, DbTransaction transaction, Filter filter, UnitYearReport sums, CancellationToken cancellationToken)
    {
        // The printed text without its point is an integer of 10^-scale; scaled to millionths it adds exactly.
        var factor = new StringBuilder("CASE scale");
        for (var s = 0; s <= SqliteScale; s++)
        {
            factor.Append(CultureInfo.InvariantCulture, $" WHEN {s} THEN {Pow10(SqliteScale - s)}");
        }

        factor.Append(" END");
        var longer = new List<(string Table, string Row, int Column)>();
        await using (var command = connection.CreateCommand(
            transaction,
            $"""
             SELECT table_code, row_key, column_number, SUM(units * {factor}), MAX(scale), SUM(scale > {SqliteScale})
             FROM (SELECT c.table_code, c.row_key, c.column_number,
                          CAST(replace(c.amount, '.', '') AS INTEGER) AS units,
                          CASE instr(c.amount, '.') WHEN 0 THEN 0 ELSE length(c.amount) - instr(c.amount, '.') END AS scale
                   FROM report_cells c WHERE {filter.Cells})
             GROUP BY table_code, row_key, column_number
             """))
        {
            filter.Bind(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var (table, row, column) = (reader.GetString(0), reader.GetString(1), reader.GetInt32(2));
                if (reader.GetInt64(5) > 0)
                {
                    longer.Add((table, row, column));
                    continue;
                }

                Put(sums, table, row, column, FromMillionths(reader.GetInt64(3), reader.GetInt32(4)));
            }
        }

        foreach (var (table, row, column) in longer)
        {
            await using var command = connection.CreateCommand(
                transaction,
                "SELECT c.amount FROM report_cells c WHERE " + filter.Cells + " AND c.table_code = @table AND c.row_key = @row AND c.column_number = @column");
            filter.Bind(command);
            command.AddParameter("@table", table).AddParameter("@row", row).AddParameter("@column", column);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var sum = 0m;
            while (await reader.ReadAsync(cancellationToken))
            {
                sum += decimal.Parse(reader.GetString(0), NumberStyles.Number, CultureInfo.InvariantCulture);
            }

            Put(sums, table, row, column, sum);
        }
    }

    private static void Put(UnitYearReport sums, string tableCode, string rowKey, int column, decimal amount)
    {
        if (!DisclosureTableKinds.TryParse(tableCode, out var kind))
        {
            return;
        }

        sums.GetOrAddTable(kind).GetOrAdd(rowKey, null, column)[column] = amount;
    }

    // millionths / 10^6 with exactly `scale` decimals (every summand had at most that many, so nothing is rounded).
    private static decimal FromMillionths(long millionths, int scale)
    {
        var units = millionths / Pow10(SqliteScale - scale);
        var magnitude = (ulong)(units < 0 ? -units : units);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, units < 0, (byte)scale);
    }

    private static long Pow10(int exponent)
    {
        long value = 1;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }

    // As Consolidator names its group: the common region, the count and the first ten members in the scope.
    private static BudgetUnit GroupUnit(string name, List<Member> members)
    {
        var names = members.Select(m => m.Name.Length > 0 ? m.Name : MessageCatalogue.ConsolidationUnnamedMember).ToList();
        var listed = string.Join("、", names.Take(10)) + (names.Count > 10 ? MessageCatalogue.Format(MessageCatalogue.ConsolidationMoreMembers, names.Count - 10) : "");
        var region = members[0].Region;
        return new BudgetUnit
        {
            Name = string.IsNullOrWhiteSpace(name) ? MessageCatalogue.ConsolidationDefaultName : name.Trim(),
            Region = region.Length > 0 && members.All(m => m.Region == region) ? region : null,
            ReportingScope = MessageCatalogue.Format(MessageCatalogue.ConsolidationScope, members.Count, listed),
        };
    }

    private sealed record Member(string Name, string Region, int Year, string Kind);

    // The members as a condition on reports and on report_cells (alias c), with the parameters both use.
    private sealed record Filter(string Reports, string Cells, Action<DbCommand> Bind);
}
