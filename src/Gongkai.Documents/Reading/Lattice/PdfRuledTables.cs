namespace Gongkai.Documents.Reading.Lattice;

/// <summary>
/// The cell-per-line text of a PDF whose tables are ruled (see <see cref="RuledTableText"/>), read with poppler's
/// <c>pdftotext -bbox-layout</c> (word boxes) and <c>pdftocairo -svg</c> (the borders). The self-evaluation sheet and
/// the base-data table of a performance report wrap inside their narrow cells, which the layout text cannot join again.
/// </summary>
public static class PdfRuledTables
{
    // The SVG carries every glyph outline as well as the borders: allow it more room than text.
    private const long MaxSvgChars = ReadLimits.MaxChars;

    /// <summary>The text, or null when the PDF has no ruled table or the poppler programs cannot read it.</summary>
    public static string? Read(string path)
    {
        var full = Path.GetFullPath(path);
        var xhtml = PopplerOutput.Run(PdfDocumentReader.ToolName, ["-bbox-layout", "-enc", "UTF-8", "--", full, "-"], ReadLimits.MaxChars);
        if (xhtml is null)
        {
            return null;
        }

        var pages = PdfGeometryParser.ParseWords(xhtml);
        if (pages.Count == 0)
        {
            return null;
        }

        var svg = PopplerOutput.Run("pdftocairo", ["-svg", "--", full, "-"], MaxSvgChars);
        if (svg is null)
        {
            return null;
        }

        PdfGeometryParser.AddRulings(svg, pages);
        return RuledTableText.Compose(pages);
    }
}
