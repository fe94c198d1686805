namespace Gongkai.Storage;

/// <summary>A row of schema_migrations: a migration as it was applied to a database.</summary>
/// <param name="Version">Its number.</param>
/// <param name="Name">Its name.</param>
/// <param name="Checksum">SHA-256 of the script as applied.</param>
/// <param name="AppliedAt">When (UTC).</param>
public sealed record AppliedMigration(int Version, string Name, string Checksum, DateTimeOffset AppliedAt);
