namespace Gongkai.Web.Tests;

/// <summary>The AccessMatrix tests on SQLite.</summary>
public sealed class AccessMatrixSqliteTests(SqliteAccountsWorld world) : AccessMatrixTests(world), IClassFixture<SqliteAccountsWorld>;
