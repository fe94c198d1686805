namespace Gongkai.Checks.Expressions;

/// <summary>The column part of a cell reference: a fixed 栏次 or a forEach variable.</summary>
public sealed record ColumnSpec(int Number, int Slot);
