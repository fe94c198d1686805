using System.Data;
using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gongkai.Messages;

namespace Gongkai.Storage.Backup;

/// <summary>
/// Backup and restore of a whole installation, across providers (SQLite to PostgreSQL and back): a ZIP archive with a
/// manifest (format gongkai.backup, the schema version and migrations, a SHA-256 per entry), every data table's rows in
/// the provider-neutral form of <see cref="TableDump"/> (tables found in the database's catalogue, so tables added by
/// later migrations are included; the migration ledger is not, the target builds its own), and the data directory's
/// files. A restore goes only into an empty installation: it checks the whole archive before writing anything,
/// migrates the target to the backup's schema version, inserts every row in one transaction, resets PostgreSQL's
/// identity sequences, writes the files, then migrates to the newest schema.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>The manifest's format name.</summary>
    public const string Format = "gongkai.backup";

    private const int FormatVersion = 1;
    private const string ManifestEntry = "manifest.json";
    private const string TablesFolder = "tables/";
    private const string FilesFolder = "files/";

    // The SQLite database and its journal are the data itself (taken from the tables), not files to copy.
    private static readonly string[] DatabaseFiles = [GongkaiDatabase.FileName, GongkaiDatabase.FileName + "-wal", GongkaiDatabase.FileName + "-shm", GongkaiDatabase.FileName + "-journal"];

    /// <summary>Writes a backup of the database and its data directory to <paramref name="archivePath"/> (replaced whole).</summary>
    /// <exception cref="BackupException">The database was never migrated.</exception>
    /// <exception cref="StorageException">The database cannot be reached.</exception>
    public static async Task<BackupSummary> WriteAsync(
        GongkaiDatabase database, string archivePath, TimeProvider? clock = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentException.ThrowIfNullOrWhiteSpace(archivePath);
        // Opening a SQLite database creates its file: a backup must not leave an empty database behind.
        var applied = database.Provider == DatabaseProvider.Sqlite && !File.Exists(database.FilePath)
            ? []
            : await database.AppliedMigrationsAsync(cancellationToken);
        if (applied.Count == 0)
        {
            throw new BackupException(MessageCatalogue.Format(MessageCatalogue.BackupNotMigrated, database.DisplayName));
        }

        var tables = await ReadTablesAsync(database, cancellationToken);
        var files = DataFiles(database.DataDirectory);

        var full = Path.GetFullPath(archivePath);
        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            await using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var tableEntries = new List<(TableDump Table, string Entry, string Sha)>();
                foreach (var table in tables)
                {
                    var entry = TablesFolder + table.Name + ".json";
                    var bytes = TableBytes(table);
                    await AddAsync(zip, entry, bytes, cancellationToken);
                    tableEntries.Add((table, entry, Sha(bytes)));
                }

                var fileEntries = new List<(string Path, string Entry, long Size, string Sha)>();
                foreach (var (relative, absolute) in files)
                {
                    var bytes = await File.ReadAllBytesAsync(absolute, cancellationToken);
                    var entry = FilesFolder + relative;
                    await AddAsync(zip, entry, bytes, cancellationToken);
                    fileEntries.Add((relative, entry, bytes.LongLength, Sha(bytes)));
                }

                await AddAsync(zip, ManifestEntry, ManifestBytes(database, applied, tableEntries, fileEntries, clock ?? TimeProvider.System), cancellationToken);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return new BackupSummary(applied[^1].Version, tables.Count, tables.Sum(t => (long)t.Rows.Count), files.Count);
    }

    /// <summary>
    /// Restores a backup into an empty installation (no rows in any table, no files in the data directory).
    /// </summary>
    /// <exception cref="BackupException">The archive is damaged or newer than this program, the target is not empty,
    /// or the inserts failed (rolled back).</exception>
    /// <exception cref="StorageException">The target database cannot be reached or migrated.</exception>
    public static async Task<BackupSummary> RestoreAsync(
        string archivePath, GongkaiDatabase target, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(archivePath);
        ArgumentNullException.ThrowIfNull(target);

        // 1. The whole archive, checked before anything is written.
        var archive = ReadArchive(archivePath, target);

        // 2. Only into an empty installation.
        await RequireEmptyAsync(target, archive.SchemaVersion, cancellationToken);

        // 3. The schema the data belongs to, then the rows in one transaction, then the files, then the newest schema.
        var atVersion = target.WithMigrations(target.Migrations.Take(archive.SchemaVersion));
        await atVersion.MigrateAsync(cancellationToken);
        long rows = 0;
        await using (var connection = await target.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await target.BeginWriteTransactionAsync(connection, cancellationToken);
            try
            {
                rows = await InsertAllAsync(target, connection, transaction, archive.Tables, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbException e)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw new BackupException(MessageCatalogue.Format(MessageCatalogue.BackupRestoreFailed, target.DisplayName, e.Message), e);
            }
        }

        foreach (var (relative, bytes) in archive.Files)
        {
            var path = Path.Combine(target.DataDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        }

        await target.MigrateAsync(cancellationToken);
        return new BackupSummary(archive.SchemaVersion, archive.Tables.Count, rows, archive.Files.Count);
    }

    /// <summary>Every data table of the database in the provider-neutral form, read in one snapshot.</summary>
    public static async Task<IReadOnlyList<TableDump>> ReadTablesAsync(GongkaiDatabase database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var dumps = new List<TableDump>();
        foreach (var table in await DatabaseCatalogue.TablesAsync(database.Provider, connection, transaction, cancellationToken))
        {
            var columns = (await DatabaseCatalogue.ColumnsAsync(database.Provider, connection, transaction, table, cancellationToken))
                .Select(c => c.Name).ToList();
            var sorted = columns.Order(StringComparer.Ordinal).ToList();
            await using var command = connection.CreateCommand(
                transaction,
                $"SELECT {string.Join(", ", sorted.Select(DatabaseCatalogue.Quote))} FROM {DatabaseCatalogue.Quote(table)} ORDER BY {DatabaseCatalogue.Quote(columns[0])}");
            var rows = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add(RowJson(reader));
                }
            }

            dumps.Add(new TableDump(table, sorted, rows));
        }

        await transaction.CommitAsync(cancellationToken);
        return dumps;
    }

    private static async Task RequireEmptyAsync(GongkaiDatabase target, int archiveVersion, CancellationToken cancellationToken)
    {
        if (Directory.Exists(target.DataDirectory))
        {
            var present = DataFiles(target.DataDirectory);
            if (present.Count > 0)
            {
                throw new BackupException(MessageCatalogue.Format(
                    MessageCatalogue.RestoreDataDirectoryNotEmpty, target.DataDirectory, present[0].Relative));
            }
        }

        if (target.Provider == DatabaseProvider.Sqlite && !File.Exists(target.FilePath))
        {
            return;
        }

        await using var connection = await target.OpenConnectionAsync(cancellationToken);
        // An empty database already migrated past the backup cannot take the backup's rows: migrations only go forward.
        var applied = await SqlMigrator.ReadAppliedAsync(target.Provider, connection, null, cancellationToken);
        if (applied.Count > 0 && applied[^1].Version > archiveVersion)
        {
            throw new BackupException(MessageCatalogue.Format(
                MessageCatalogue.BackupSchemaDiffers, target.DisplayName, applied[^1].Version, archiveVersion));
        }

        foreach (var table in await DatabaseCatalogue.TablesAsync(target.Provider, connection, null, cancellationToken))
        {
            var count = await DatabaseCatalogue.CountAsync(connection, null, table, cancellationToken);
            if (count > 0)
            {
                throw new BackupException(MessageCatalogue.Format(MessageCatalogue.RestoreTargetNotEmpty, target.DisplayName, table, count));
            }
        }
    }

    private static async Task<long> InsertAllAsync(
        GongkaiDatabase target, DbConnection connection, DbTransaction transaction, IReadOnlyList<TableDump> tables, CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // Rows that reference their own table may come before the row they reference; check at commit instead.
            await using var defer = connection.CreateCommand(transaction, "PRAGMA defer_foreign_keys = ON");
            await defer.ExecuteNonQueryAsync(cancellationToken);
        }

        var order = await DatabaseCatalogue.TablesAsync(target.Provider, connection, transaction, cancellationToken);
        var byName = tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var name in byName.Keys.Where(n => !order.Contains(n)))
        {
            throw new BackupException(MessageCatalogue.Format(MessageCatalogue.BackupTableUnknown, target.DisplayName, name));
        }

        // The target held no rows before it was migrated; rows there now were written by the migrations themselves
        // (seed data), and the backup holds those tables as they were, so they are replaced. Children first.
        foreach (var name in order.Reverse())
        {
            await using var clear = connection.CreateCommand(transaction, "DELETE FROM " + DatabaseCatalogue.Quote(name));
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        long rows = 0;
        foreach (var name in order.Where(byName.ContainsKey))
        {
            var table = byName[name];
            var columns = (await DatabaseCatalogue.ColumnsAsync(target.Provider, connection, transaction, name, cancellationToken))
                .ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
            foreach (var column in table.Columns.Where(c => !columns.ContainsKey(c)))
            {
                throw new BackupException(MessageCatalogue.Format(MessageCatalogue.BackupTableUnknown, target.DisplayName, name + "." + column));
            }

            var values = table.Columns.Select((c, i) => target.Provider == DatabaseProvider.PostgreSql
                ? $"CAST(@p{i} AS {columns[c]})"
                : $"@p{i}");
            await using var insert = connection.CreateCommand(
                transaction,
                $"INSERT INTO {DatabaseCatalogue.Quote(name)} ({string.Join(", ", table.Columns.Select(DatabaseCatalogue.Quote))}) VALUES ({string.Join(", ", values)})");
            var selfReferencing = target.Provider == DatabaseProvider.PostgreSql
                && await DatabaseCatalogue.ReferencesItselfAsync(connection, transaction, name, cancellationToken);
            rows += selfReferencing
                ? await InsertInPassesAsync(insert, transaction, table.Rows, target.Provider, cancellationToken)
                : await InsertRowsAsync(insert, table.Rows, target.Provider, cancellationToken);

            await DatabaseCatalogue.ResetSequencesAsync(target.Provider, connection, transaction, name, cancellationToken);
        }

        return rows;
    }

    private static async Task<long> InsertRowsAsync(
        DbCommand insert, IReadOnlyList<string> rows, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            BindRow(insert, row, provider);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return rows.Count;
    }

    // PostgreSQL checks a foreign key at once unless it was declared deferrable, so a row that references a row of its
    // own table further down the backup (a unit under a parent with a higher id) fails. Each row is tried under a
    // savepoint; the rows that failed on a foreign key are tried again after the others, until a pass inserts nothing.
    private static async Task<long> InsertInPassesAsync(
        DbCommand insert, DbTransaction transaction, IReadOnlyList<string> rows, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        var pending = rows.ToList();
        long inserted = 0;
        while (pending.Count > 0)
        {
            var failed = new List<string>();
            DbException? last = null;
            foreach (var row in pending)
            {
                BindRow(insert, row, provider);
                await transaction.SaveAsync("gongkai_restore_row", cancellationToken);
                try
                {
                    await insert.ExecuteNonQueryAsync(cancellationToken);
                    await transaction.ReleaseAsync("gongkai_restore_row", cancellationToken);
                    inserted++;
                }
                catch (DbException e) when (e.SqlState == "23503")
                {
                    await transaction.RollbackAsync("gongkai_restore_row", cancellationToken);
                    failed.Add(row);
                    last = e;
                }
            }

            if (failed.Count == pending.Count)
            {
                throw last!;
            }

            pending = failed;
        }

        return inserted;
    }

    private static void BindRow(DbCommand insert, string row, DatabaseProvider provider)
    {
        insert.Parameters.Clear();
        using var parsed = JsonDocument.Parse(row);
        var i = 0;
        foreach (var value in parsed.RootElement.EnumerateArray())
        {
            insert.AddParameter("@p" + i.ToString(CultureInfo.InvariantCulture), Bind(value, provider));
            i++;
        }
    }

    // SQLite takes the value itself; PostgreSQL takes text cast to the column's declared type, so a backup from
    // SQLite (integers for booleans, text for everything else) fits whatever type the PostgreSQL schema chose.
    private static object? Bind(JsonElement value, DatabaseProvider provider)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.True or JsonValueKind.False:
                return provider == DatabaseProvider.Sqlite ? (value.GetBoolean() ? 1L : 0L) : (value.GetBoolean() ? "true" : "false");
            case JsonValueKind.Number:
                if (provider == DatabaseProvider.PostgreSql)
                {
                    return value.GetRawText();
                }

                return value.TryGetInt64(out var integer) ? integer : value.GetDouble();
            case JsonValueKind.String:
                return value.GetString();
            default:
                var bytes = Convert.FromBase64String(value.GetProperty("base64").GetString() ?? "");
                return provider == DatabaseProvider.Sqlite ? bytes : "\\x" + Convert.ToHexStringLower(bytes);
        }
    }

    private static string RowJson(DbDataReader reader)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                WriteValue(writer, reader.IsDBNull(i) ? null : reader.GetValue(i));
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                // As SQLite stores them, so a PostgreSQL boolean and a SQLite 0/1 dump alike.
                writer.WriteNumberValue(b ? 1 : 0);
                break;
            case short or int or long or byte or sbyte or ushort or uint:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case decimal d:
                writer.WriteNumberValue(d);
                break;
            case double or float:
                writer.WriteNumberValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case byte[] bytes:
                writer.WriteStartObject();
                writer.WriteString("base64", Convert.ToBase64String(bytes));
                writer.WriteEndObject();
                break;
            case DateTime t:
                writer.WriteStringValue(StorageTime.Format(new DateTimeOffset(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t)));
                break;
            case DateTimeOffset t:
                writer.WriteStringValue(StorageTime.Format(t));
                break;
            default:
                writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static byte[] TableBytes(TableDump table)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("table", table.Name);
            writer.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                writer.WriteStringValue(column);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                writer.WriteRawValue(row, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static byte[] ManifestBytes(
        GongkaiDatabase database,
        IReadOnlyList<AppliedMigration> applied,
        List<(TableDump Table, string Entry, string Sha)> tables,
        List<(string Path, string Entry, long Size, string Sha)> files,
        TimeProvider clock)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteNumber("formatVersion", FormatVersion);
            writer.WriteString("createdAt", StorageTime.Format(clock.GetUtcNow()));
            writer.WriteString("source", database.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgresql");
            writer.WriteNumber("schemaVersion", applied[^1].Version);
            writer.WriteStartArray("migrations");
            foreach (var migration in applied)
            {
                writer.WriteStartObject();
                writer.WriteNumber("version", migration.Version);
                writer.WriteString("name", migration.Name);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("tables");
            foreach (var (table, entry, sha) in tables)
            {
                writer.WriteStartObject();
                writer.WriteString("name", table.Name);
                writer.WriteString("entry", entry);
                writer.WriteNumber("rows", table.Rows.Count);
                writer.WriteString("sha256", sha);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("files");
            foreach (var (path, entry, size, sha) in files)
            {
                writer.WriteStartObject();
                writer.WriteString("path", path);
                writer.WriteString("entry", entry);
                writer.WriteNumber("size", size);
                writer.WriteString("sha256", sha);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static ArchiveContent ReadArchive(string archivePath, GongkaiDatabase target)
    {
        string Damaged(string detail) => MessageCatalogue.Format(MessageCatalogue.BackupDamaged, archivePath, detail);
        try
        {
            using var zip = ZipFile.OpenRead(archivePath);
            byte[] Entry(string name)
            {
                var entry = zip.GetEntry(name) ?? throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupEntryMissing, name)));
                using var stream = entry.Open();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }

            using var manifest = JsonDocument.Parse(Entry(ManifestEntry));
            var root = manifest.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("format", out var format) || format.GetString() != Format
                || root.GetProperty("formatVersion").GetInt32() != FormatVersion)
            {
                throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupEntryInvalid, ManifestEntry, "format")));
            }

            var version = root.GetProperty("schemaVersion").GetInt32();
            if (version > target.Migrations.Count)
            {
                throw new BackupException(MessageCatalogue.Format(MessageCatalogue.BackupSchemaTooNew, archivePath, version, target.Migrations.Count));
            }

            var migrations = root.GetProperty("migrations").EnumerateArray().Select(m => (m.GetProperty("version").GetInt32(), m.GetProperty("name").GetString())).ToList();
            if (version < 1 || !migrations.SequenceEqual(target.Migrations.Take(version).Select(m => (m.Version, (string?)m.Name))))
            {
                throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupEntryInvalid, ManifestEntry, "migrations")));
            }

            var tables = new List<TableDump>();
            foreach (var table in root.GetProperty("tables").EnumerateArray())
            {
                var entryName = table.GetProperty("entry").GetString()!;
                var bytes = Entry(entryName);
                if (Sha(bytes) != table.GetProperty("sha256").GetString())
                {
                    throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupChecksumMismatch, entryName)));
                }

                using var dump = JsonDocument.Parse(bytes);
                var columns = dump.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToList();
                var rows = new List<string>();
                foreach (var row in dump.RootElement.GetProperty("rows").EnumerateArray())
                {
                    if (row.ValueKind != JsonValueKind.Array || row.GetArrayLength() != columns.Count)
                    {
                        throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupEntryInvalid, entryName, "rows")));
                    }

                    rows.Add(row.GetRawText());
                }

                if (rows.Count != table.GetProperty("rows").GetInt32() || dump.RootElement.GetProperty("table").GetString() != table.GetProperty("name").GetString())
                {
                    throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupEntryInvalid, entryName, "rows")));
                }

                tables.Add(new TableDump(table.GetProperty("name").GetString()!, columns, rows));
            }

            var files = new List<(string, byte[])>();
            var dataRoot = Path.GetFullPath(target.DataDirectory) + Path.DirectorySeparatorChar;
            foreach (var file in root.GetProperty("files").EnumerateArray())
            {
                var relative = file.GetProperty("path").GetString()!;
                var entryName = file.GetProperty("entry").GetString()!;
                var bytes = Entry(entryName);
                var destination = Path.GetFullPath(Path.Combine(dataRoot, relative));
                if (Sha(bytes) != file.GetProperty("sha256").GetString() || !destination.StartsWith(dataRoot, StringComparison.Ordinal))
                {
                    throw new BackupException(Damaged(MessageCatalogue.Format(MessageCatalogue.BackupChecksumMismatch, entryName)));
                }

                files.Add((relative, bytes));
            }

            return new ArchiveContent(version, tables, files);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or KeyNotFoundException or InvalidOperationException
            or FormatException or ArgumentException or NullReferenceException)
        {
            throw new BackupException(Damaged(e.Message), e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BackupException(Damaged(e.Message), e);
        }
    }

    private static List<(string Relative, string Absolute)> DataFiles(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
        {
            return [];
        }

        return Directory.EnumerateFiles(dataDirectory, "*", SearchOption.AllDirectories)
            .Select(f => (Relative: Path.GetRelativePath(dataDirectory, f).Replace(Path.DirectorySeparatorChar, '/'), Absolute: f))
            .Where(f => !DatabaseFiles.Contains(f.Relative, StringComparer.Ordinal))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task AddAsync(ZipArchive zip, string name, byte[] bytes, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = entry.Open();
        await stream.WriteAsync(bytes, cancellationToken);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private sealed record ArchiveContent(int SchemaVersion, IReadOnlyList<TableDump> Tables, IReadOnlyList<(string Relative, byte[] Bytes)> Files);
}
