namespace Gongkai.Checks.Expressions;

/// <summary>The row part of a cell reference: a fixed key (IncomeTotal, 301) or a forEach variable.</summary>
/// <param name="Key">The fixed key, when <paramref name="Slot"/> is negative.</param>
/// <param name="Slot">The index of the bound variable, or -1.</param>
/// <param name="Optional">True (written <c>key?</c>): an absent row counts as blank instead of missing data.</param>
public sealed record RowSpec(string? Key, int Slot, bool Optional);
