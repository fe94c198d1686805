using Gongkai.Model;

namespace Gongkai.Claims;

/// <summary>
/// Running text joined across the line and page breaks of an extracted document, with the source position of every
/// character so that a finding points at the line where its figure stands.
/// </summary>
public sealed class Paragraph
{
    private readonly int[] lineStarts;
    private readonly SourcePosition[] positions;

    /// <summary>Creates a paragraph from its pieces.</summary>
    public Paragraph(string text, int[] lineStarts, SourcePosition[] positions, string? section, bool isTableCell = false)
    {
        IsTableCell = isTableCell;
        Text = text;
        this.lineStarts = lineStarts;
        this.positions = positions;
        Section = section;
    }

    /// <summary>The joined text.</summary>
    public string Text { get; }

    /// <summary>True for one cell of a table (printed cell by cell, or a Word/Excel table): never a heading.</summary>
    public bool IsTableCell { get; }

    /// <summary>The heading of the section the paragraph belongs to (二、收入决算情况说明), when known.</summary>
    public string? Section { get; }

    /// <summary>Where the character at <paramref name="offset"/> stands in the source.</summary>
    public SourcePosition PositionAt(int offset)
    {
        var i = Array.BinarySearch(lineStarts, offset);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return positions[Math.Clamp(i, 0, positions.Length - 1)];
    }
}
