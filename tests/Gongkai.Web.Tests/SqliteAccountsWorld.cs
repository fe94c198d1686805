namespace Gongkai.Web.Tests;

/// <summary>The accounts test site on SQLite.</summary>
public sealed class SqliteAccountsWorld : AccountsWorld
{
    /// <inheritdoc/>
    protected override string Provider => Gongkai.Testing.TestDatabase.Sqlite;
}
