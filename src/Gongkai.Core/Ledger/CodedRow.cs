namespace Gongkai.Ledgers;

/// <summary>A coded row for <see cref="LedgerLayout"/> to lay out: its code, name and cells (index 0 is column 1).</summary>
internal sealed record CodedRow(string Code, string? Label, decimal?[] Cells);
