using System.Globalization;

namespace Gongkai.Storage.Queries;

/// <summary>
/// Red-flag queries done by the database over report_cells (migration 0004), for a supervisor looking at many units:
/// the join of two years on one cell runs in SQL, so only the flagged units leave the database. docs/SCALE.md §5 shows
/// the shape of these queries at national scale.
/// </summary>
public sealed class SupervisionQueries
{
    // 公开07表, row “三公”经费, column 7: 决算数合计.
    private const string ThreePublicCostsTable = "T07";
    private const string ThreePublicCostsRow = "ThreePublicCosts";
    private const int ThreePublicCostsActualColumn = 7;

    private readonly GongkaiDatabase database;

    /// <summary>Creates the queries over a (migrated) database.</summary>
    public SupervisionQueries(GongkaiDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        this.database = database;
    }

    /// <summary>
    /// The units of the regions starting with <paramref name="regionPrefix"/> whose 三公经费 决算数 (公开07表 column 7) of
    /// <paramref name="year"/> exceeds that of the year before by more than <paramref name="threshold"/> (0.10 is
    /// 10 %), matched by unit name among the stored 决算; units without a positive prior-year figure are not judged.
    /// Highest rise first, then by unit name.
    /// </summary>
    public async Task<IReadOnlyList<ThreePublicCostsRise>> ThreePublicCostsRisesAsync(
        int year, string regionPrefix, decimal threshold = 0.10m, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(regionPrefix);
        var postgres = database.Provider == DatabaseProvider.PostgreSql;

        // SQLite keeps amounts as text: its filter compares them as REAL with a margin, and the exact test below decides.
        var amount = postgres ? "{0}.amount" : "CAST({0}.amount AS REAL)";
        string A(string alias) => string.Format(CultureInfo.InvariantCulture, amount, alias);
        var margin = postgres ? "" : " - 0.000001";
        var sql = $"""
            SELECT cr.unit_name, cur.region, prev.amount, cur.amount
            FROM report_cells cur
            JOIN reports cr ON cr.id = cur.report_id AND cr.kind = 'FinalAccounts'
            JOIN reports pr ON pr.unit_name = cr.unit_name AND pr.year = cur.year - 1 AND pr.kind = 'FinalAccounts'
            JOIN report_cells prev ON prev.report_id = pr.id AND prev.table_code = cur.table_code
                                  AND prev.row_key = cur.row_key AND prev.column_number = cur.column_number
            WHERE cur.year = @year AND substr(cur.region, 1, @length) = @prefix
              AND cur.table_code = @table AND cur.row_key = @row AND cur.column_number = @column
              AND {A("prev")} > 0 AND {A("cur")} > {A("prev")} * (1 + @threshold){margin}
            """;
        var rises = new List<ThreePublicCostsRise>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, sql);
        command.AddParameter("@year", year).AddParameter("@length", regionPrefix.Length).AddParameter("@prefix", regionPrefix)
            .AddParameter("@table", ThreePublicCostsTable).AddParameter("@row", ThreePublicCostsRow)
            .AddParameter("@column", ThreePublicCostsActualColumn).AddParameter("@threshold", postgres ? threshold : (double)threshold);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var prior = Amount(reader, 2);
            var current = Amount(reader, 3);
            var rate = (current - prior) / prior;
            if (rate > threshold)
            {
                rises.Add(new ThreePublicCostsRise(reader.GetString(0), reader.GetString(1), prior, current, rate));
            }
        }

        rises.Sort((a, b) => b.ChangeRate != a.ChangeRate ? b.ChangeRate.CompareTo(a.ChangeRate) : string.CompareOrdinal(a.UnitName, b.UnitName));
        return rises;
    }

    private static decimal Amount(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string)
            ? decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture)
            : reader.GetDecimal(ordinal);
}
