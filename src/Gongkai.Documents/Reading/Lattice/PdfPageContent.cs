namespace Gongkai.Documents.Reading.Lattice;

/// <summary>What one PDF page holds for table reading: its words (with the line each belongs to) and its ruled borders.</summary>
internal sealed class PdfPageContent
{
    /// <summary>The words in the order pdftotext gives them.</summary>
    public List<PdfWord> Words { get; } = [];

    /// <summary>The straight borders drawn on the page.</summary>
    public List<Ruling> Rulings { get; } = [];
}
