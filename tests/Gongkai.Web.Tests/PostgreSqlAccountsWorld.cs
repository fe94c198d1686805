namespace Gongkai.Web.Tests;

/// <summary>The accounts test site on PostgreSQL.</summary>
public sealed class PostgreSqlAccountsWorld : AccountsWorld
{
    /// <inheritdoc/>
    protected override string Provider => Gongkai.Testing.TestDatabase.PostgreSql;
}
