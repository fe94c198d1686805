namespace Gongkai.Storage.Backup;

/// <summary>
/// One table's rows in the provider-neutral form of a backup: columns by name (ordinal order), each row a JSON array
/// of the values in that order (integers and decimals as numbers, booleans as 0 and 1 as SQLite keeps them, text as strings, null, binary as
/// {"base64": "…"}). Equal dumps mean equal tables, whichever engine they came from.
/// </summary>
/// <param name="Name">The table.</param>
/// <param name="Columns">Its columns, sorted by name (ordinal).</param>
/// <param name="Rows">Its rows as JSON arrays, in the order of the table's first column.</param>
public sealed record TableDump(string Name, IReadOnlyList<string> Columns, IReadOnlyList<string> Rows);
