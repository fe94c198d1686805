using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// One line of a document as read: its text, where it stands, and its cells. A paragraph has one cell (its text); a
/// row of a real table (DOCX, XLSX) or a line split at tabs has one cell per column, empty cells included, so that a
/// blank cell keeps its place. A line split at runs of spaces (PDF layout text) also records where each cell starts,
/// because its blank cells are missing and must be placed by position (see <see cref="CellStarts"/>).
/// </summary>
public sealed class SourceLine
{
    /// <summary>Creates a line.</summary>
    public SourceLine(
        int index,
        string text,
        SourcePosition position,
        IReadOnlyList<string> cells,
        bool isTableRow,
        IReadOnlyList<int>? cellStarts = null,
        IReadOnlyList<SourcePosition>? cellPositions = null)
    {
        Index = index;
        Text = text;
        Position = position;
        Cells = cells;
        IsTableRow = isTableRow;
        CellStarts = cellStarts;
        CellPositions = cellPositions;
    }

    /// <summary>0-based index in <see cref="SourceDocument.Lines"/>.</summary>
    public int Index { get; }

    /// <summary>The text as read (cells joined with a tab for table rows).</summary>
    public string Text { get; }

    /// <summary>Where the line stands: line; page and line (PDF); sheet and cell (XLSX); table and row (DOCX).</summary>
    public SourcePosition Position { get; }

    /// <summary>The cells in column order; one cell for a paragraph.</summary>
    public IReadOnlyList<string> Cells { get; }

    /// <summary>True when the line comes from a table (a real one, or text split into several cells).</summary>
    public bool IsTableRow { get; }

    /// <summary>
    /// Character offsets where each cell starts, for lines split at runs of spaces; null when the cells are exact
    /// (tabs, DOCX, XLSX). Cells of such lines are aligned to the table's header before use.
    /// </summary>
    public IReadOnlyList<int>? CellStarts { get; }

    /// <summary>Where each cell stands, when cells have their own positions (XLSX cell addresses, DOCX columns).</summary>
    public IReadOnlyList<SourcePosition>? CellPositions { get; }

    /// <summary>True when the line has no visible text.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    /// <summary>The position of one cell (the line's own when cells have none).</summary>
    public SourcePosition PositionOf(int cell) =>
        CellPositions is { } p && cell >= 0 && cell < p.Count ? p[cell] : Position;

    /// <inheritdoc />
    public override string ToString() => Text;
}
