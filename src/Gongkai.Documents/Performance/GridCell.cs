using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>A table cell of a text export: its text (lines joined with \n) and the line it starts on.</summary>
internal sealed record GridCell(string Text, int Line)
{
    /// <summary>The text without spaces and line breaks, for matching labels.</summary>
    public string Compact => PerformanceText.Compact(Text);

    /// <summary>The text trimmed of spaces (ideographic ones too) but with its inner line breaks.</summary>
    public string Clean => PerformanceText.Clean(Text);

    /// <summary>True when the cell is blank.</summary>
    public bool IsBlank => Compact.Length == 0;
}
