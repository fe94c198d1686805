namespace Gongkai.Storage.Reports;

/// <summary>
/// Every SQL statement of <see cref="ReportStore"/>, in one place. Plain SQL with @-parameters that SQLite and
/// PostgreSQL both accept; a PostgreSQL provider replaces only what differs (RETURNING works on both).
/// </summary>
internal static class ReportSql
{
    private const string Columns =
        "id, region, unit_name, year, kind, status, document, row_version, created_at, updated_at";

    private const string SummaryColumns = "id, region, unit_name, year, kind, status, updated_at";

    /// <summary>Published reports in the order of the public listing.</summary>
    public const string ListByStatus =
        "SELECT " + SummaryColumns + " FROM reports WHERE status = @status ORDER BY region, unit_name, year DESC, kind";

    /// <summary>Every report in the order of the listing.</summary>
    public const string ListAll =
        "SELECT " + SummaryColumns + " FROM reports ORDER BY region, unit_name, year DESC, kind";

    /// <summary>One report by id.</summary>
    public const string Get = "SELECT " + Columns + " FROM reports WHERE id = @id";

    /// <summary>How many reports there are.</summary>
    public const string Count = "SELECT count(*) FROM reports";

    /// <summary>The id of the report with this unit, year and kind, if any.</summary>
    public const string FindKey = "SELECT id FROM reports WHERE unit_name = @unit AND year = @year AND kind = @kind";

    /// <summary>Inserts a report at row_version 1 and returns its id.</summary>
    public const string Insert = """
        INSERT INTO reports (region, unit_name, year, kind, status, document, created_at, updated_at, row_version)
        VALUES (@region, @unit, @year, @kind, @status, @document, @at, @at, 1)
        RETURNING id
        """;

    /// <summary>
    /// Writes a report only if it still has the row_version the writer read; zero rows changed means someone else
    /// saved it first (or it is gone).
    /// </summary>
    public const string Update = """
        UPDATE reports
        SET region = @region, unit_name = @unit, year = @year, kind = @kind, status = @status, document = @document,
            updated_at = @at, row_version = row_version + 1
        WHERE id = @id AND row_version = @expected
        """;

    /// <summary>Whether a report with this id exists (to tell a stale write from a missing report).</summary>
    public const string Exists = "SELECT count(*) FROM reports WHERE id = @id";
}
