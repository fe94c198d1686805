namespace Gongkai.Web.Tests;

/// <summary>The Import tests on PostgreSQL (skipped without GONGKAI_TEST_POSTGRES).</summary>
public sealed class ImportPostgreSqlTests(PostgreSqlAccountsWorld world) : ImportTests(world), IClassFixture<PostgreSqlAccountsWorld>;
