namespace Gongkai.Writing;

/// <summary>One cell of a table's header block, placed on a grid (0-based row and column) with its spans.</summary>
/// <param name="Text">The header text.</param>
/// <param name="Row">Header row, from 0.</param>
/// <param name="Column">Grid column, from 0 (column 0 is the code column).</param>
/// <param name="RowSpan">Rows it covers.</param>
/// <param name="ColumnSpan">Columns it covers.</param>
public sealed record HeaderCell(string Text, int Row, int Column, int RowSpan = 1, int ColumnSpan = 1);
