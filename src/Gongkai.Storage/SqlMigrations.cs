using System.Reflection;
using System.Text;

namespace Gongkai.Storage;

/// <summary>The migration scripts embedded in this assembly, and the checks every migration list must pass.</summary>
public static class SqlMigrations
{
    private const string SqliteResourcePrefix = "Migrations/sqlite/";
    private const string PostgreSqlResourcePrefix = "Migrations/postgresql/";

    private static readonly Lazy<IReadOnlyList<SqlMigration>> SqliteLazy = new(() => Load(SqliteResourcePrefix));
    private static readonly Lazy<IReadOnlyList<SqlMigration>> PostgreSqlLazy = new(() => Load(PostgreSqlResourcePrefix));

    /// <summary>The SQLite migrations shipped with Gongkai, in version order.</summary>
    public static IReadOnlyList<SqlMigration> Sqlite => SqliteLazy.Value;

    /// <summary>
    /// The PostgreSQL migrations shipped with Gongkai, in version order: the same versions and names as
    /// <see cref="Sqlite"/>, each written for PostgreSQL.
    /// </summary>
    public static IReadOnlyList<SqlMigration> PostgreSql => PostgreSqlLazy.Value;

    /// <summary>The shipped migrations for a provider.</summary>
    public static IReadOnlyList<SqlMigration> For(DatabaseProvider provider) =>
        provider == DatabaseProvider.PostgreSql ? PostgreSql : Sqlite;

    /// <summary>
    /// Checks that versions run 1, 2, 3 … without gap or repeat, so that the order of application is never in doubt.
    /// Throws <see cref="ArgumentException"/> otherwise: a developer error.
    /// </summary>
    public static IReadOnlyList<SqlMigration> Validate(IEnumerable<SqlMigration> migrations)
    {
        var ordered = migrations.OrderBy(m => m.Version).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Version != i + 1)
            {
                throw new ArgumentException(
                    $"Migration versions must run 1, 2, 3 … without gap or repeat; found {ordered[i]} at position {i + 1}.",
                    nameof(migrations));
            }
        }

        return ordered;
    }

    private static IReadOnlyList<SqlMigration> Load(string prefix)
    {
        var assembly = typeof(SqlMigrations).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => SqlMigration.FromFile(n, Read(assembly, n)));
        return Validate(migrations);
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
