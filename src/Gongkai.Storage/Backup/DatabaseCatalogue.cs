using System.Data.Common;
using System.Globalization;

namespace Gongkai.Storage.Backup;

/// <summary>
/// What the database's own catalogue says about its tables (sqlite_master and pragmas on SQLite, pg_catalog and
/// information_schema on PostgreSQL), so a backup takes every table, including those added by later migrations,
/// without a list to keep up to date.
/// </summary>
internal static class DatabaseCatalogue
{
    /// <summary>The ledger: not backed up as data (the target builds its own by migrating), but its version is checked.</summary>
    public const string LedgerTable = "schema_migrations";

    /// <summary>The data tables (ledger and engine tables excluded), parents before the tables that reference them.</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(
        DatabaseProvider provider, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var names = await StringsAsync(
            connection,
            transaction,
            provider == DatabaseProvider.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
                : "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
            cancellationToken);
        names.RemoveAll(n => n == LedgerTable);
        names.Sort(StringComparer.Ordinal);

        var edges = new List<(string Child, string Parent)>();
        await using (var command = connection.CreateCommand(
            transaction,
            provider == DatabaseProvider.Sqlite
                ? "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"
                : """
                  SELECT c.relname::text, p.relname::text
                  FROM pg_constraint k
                  JOIN pg_class c ON c.oid = k.conrelid
                  JOIN pg_class p ON p.oid = k.confrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE k.contype = 'f' AND n.nspname = current_schema()
                  """))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                edges.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        // Depth-first: a table comes after every table it references (self-references and cycles are left to the
        // order of the rows and, on SQLite, to deferred foreign keys).
        var ordered = new List<string>();
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        void Visit(string table)
        {
            if (state.GetValueOrDefault(table) != 0)
            {
                return;
            }

            state[table] = 1;
            foreach (var parent in edges.Where(e => e.Child == table && e.Parent != table).Select(e => e.Parent).Distinct().Order(StringComparer.Ordinal))
            {
                if (names.Contains(parent))
                {
                    Visit(parent);
                }
            }

            state[table] = 2;
            ordered.Add(table);
        }

        foreach (var name in names)
        {
            Visit(name);
        }

        return ordered;
    }

    /// <summary>A table's columns (generated columns excluded) with their declared types, in declaration order.</summary>
    public static async Task<IReadOnlyList<(string Name, string Type)>> ColumnsAsync(
        DatabaseProvider provider, DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            transaction,
            provider == DatabaseProvider.Sqlite
                ? "SELECT name, type FROM pragma_table_info(@table) ORDER BY cid"
                : """
                  SELECT a.attname::text, format_type(a.atttypid, a.atttypmod)
                  FROM pg_attribute a
                  JOIN pg_class c ON c.oid = a.attrelid
                  JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE c.relname = @table AND n.nspname = current_schema() AND a.attnum > 0 AND NOT a.attisdropped
                    AND a.attgenerated = ''
                  ORDER BY a.attnum
                  """);
        command.AddParameter("@table", table);
        var columns = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            columns.Add((reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1)));
        }

        return columns;
    }

    /// <summary>How many rows a table holds.</summary>
    public static async Task<long> CountAsync(DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, "SELECT count(*) FROM " + Quote(table));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// On PostgreSQL, moves every identity or serial sequence of the table past the largest value restored, so the
    /// next insert does not collide with a restored id. SQLite derives the next rowid from the table itself.
    /// </summary>
    public static async Task ResetSequencesAsync(
        DatabaseProvider provider, DbConnection connection, DbTransaction transaction, string table, CancellationToken cancellationToken)
    {
        if (provider != DatabaseProvider.PostgreSql)
        {
            return;
        }

        var columns = new List<string>();
        await using (var find = connection.CreateCommand(
            transaction,
            """
            SELECT column_name::text FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = @table
              AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """))
        {
            find.AddParameter("@table", table);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add(reader.GetString(0));
            }
        }

        foreach (var column in columns)
        {
            await using var reset = connection.CreateCommand(
                transaction,
                $"SELECT setval(pg_get_serial_sequence(@table, @column), COALESCE((SELECT max({Quote(column)}) FROM {Quote(table)}), 0) + 1, false)");
            reset.AddParameter("@table", Quote(table)).AddParameter("@column", column);
            await reset.ExecuteScalarAsync(cancellationToken);
        }
    }

    /// <summary>Whether a PostgreSQL table has a foreign key to itself (a tree: units under units).</summary>
    public static async Task<bool> ReferencesItselfAsync(
        DbConnection connection, DbTransaction? transaction, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
            transaction,
            """
            SELECT count(*) FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype = 'f' AND k.conrelid = k.confrelid AND c.relname = @table AND n.nspname = current_schema()
            """);
        command.AddParameter("@table", table);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>An identifier in double quotes (both engines), with embedded quotes doubled.</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<List<string>> StringsAsync(
        DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, sql);
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
