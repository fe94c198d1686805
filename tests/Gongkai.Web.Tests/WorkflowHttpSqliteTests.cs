namespace Gongkai.Web.Tests;

/// <summary>The WorkflowHttp tests on SQLite.</summary>
public sealed class WorkflowHttpSqliteTests(SqliteAccountsWorld world) : WorkflowHttpTests(world), IClassFixture<SqliteAccountsWorld>;
