namespace Gongkai.Documents.Reading.Lattice;

/// <summary>
/// One word of a PDF page as <c>pdftotext -bbox-layout</c> gives it: its text, its box in points from the top left of
/// its page (0-based <see cref="Page"/>), and the text block and line it belongs to (numbered through the document).
/// </summary>
internal readonly record struct PdfWord(string Text, double XMin, double YMin, double XMax, double YMax, int Page, int Block, int Line)
{
    /// <summary>The horizontal centre.</summary>
    public double CenterX => (XMin + XMax) / 2;

    /// <summary>The vertical centre.</summary>
    public double CenterY => (YMin + YMax) / 2;
}
