namespace Gongkai.Web.Tests;

/// <summary>The WorkflowHttp tests on PostgreSQL (skipped without GONGKAI_TEST_POSTGRES).</summary>
public sealed class WorkflowHttpPostgreSqlTests(PostgreSqlAccountsWorld world) : WorkflowHttpTests(world), IClassFixture<PostgreSqlAccountsWorld>;
