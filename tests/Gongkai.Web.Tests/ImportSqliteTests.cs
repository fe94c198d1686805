namespace Gongkai.Web.Tests;

/// <summary>The Import tests on SQLite.</summary>
public sealed class ImportSqliteTests(SqliteAccountsWorld world) : ImportTests(world), IClassFixture<SqliteAccountsWorld>;
