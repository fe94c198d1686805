using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Storage;

/// <summary>
/// One versioned SQL script (Migrations/sqlite/0001_initial.sql): applied once, in its own transaction, and recorded in
/// schema_migrations with its checksum.
/// </summary>
public sealed partial class SqlMigration
{
    /// <summary>Creates a migration.</summary>
    /// <param name="version">Its number, from 1; applied in ascending order.</param>
    /// <param name="name">Its name (the file name without number and extension).</param>
    /// <param name="sql">The script: one or more statements.</param>
    public SqlMigration(int version, string name, string sql)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        Version = version;
        Name = name;
        Sql = sql;
        Checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormaliseLineEndings(sql))));
    }

    /// <summary>Its number, from 1.</summary>
    public int Version { get; }

    /// <summary>Its name, e.g. "initial".</summary>
    public string Name { get; }

    /// <summary>The script.</summary>
    public string Sql { get; }

    /// <summary>SHA-256 (lower-case hex) of the script with LF line endings, so a checkout with CRLF does not differ.</summary>
    public string Checksum { get; }

    /// <summary>
    /// Reads a migration from its file name ("0001_initial.sql", optionally behind a folder path) and text.
    /// Throws <see cref="ArgumentException"/> for a name that does not follow the pattern: a developer error.
    /// </summary>
    public static SqlMigration FromFile(string fileName, string sql)
    {
        var bare = fileName[(fileName.LastIndexOf('/') + 1)..];
        var match = FileNamePattern().Match(bare);
        if (!match.Success)
        {
            throw new ArgumentException(
                $"Migration file name '{fileName}' does not match NNNN_name.sql.", nameof(fileName));
        }

        return new SqlMigration(
            int.Parse(match.Groups["version"].Value, NumberStyles.None, CultureInfo.InvariantCulture),
            match.Groups["name"].Value,
            sql);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Version:D4}_{Name}";

    private static string NormaliseLineEndings(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
