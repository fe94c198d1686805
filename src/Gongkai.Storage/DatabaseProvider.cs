namespace Gongkai.Storage;

/// <summary>The database engine behind a <see cref="GongkaiDatabase"/>. Both run the same store code and tests.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite: the file gongkai.db in the data directory (the default; nothing to install).</summary>
    Sqlite,

    /// <summary>PostgreSQL, reached through a connection string (ConnectionStrings:Gongkai).</summary>
    PostgreSql,
}
