namespace Gongkai.Storage.Backup;

/// <summary>What a backup holds, or what a restore wrote.</summary>
/// <param name="SchemaVersion">The migration version of the database the data belongs to.</param>
/// <param name="Tables">How many data tables (the migration ledger not counted).</param>
/// <param name="Rows">How many rows, all tables together.</param>
/// <param name="Files">How many files of the data directory.</param>
public sealed record BackupSummary(int SchemaVersion, int Tables, long Rows, int Files);
