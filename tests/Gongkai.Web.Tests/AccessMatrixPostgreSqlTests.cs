namespace Gongkai.Web.Tests;

/// <summary>The AccessMatrix tests on PostgreSQL (skipped without GONGKAI_TEST_POSTGRES).</summary>
public sealed class AccessMatrixPostgreSqlTests(PostgreSqlAccountsWorld world) : AccessMatrixTests(world), IClassFixture<PostgreSqlAccountsWorld>;
