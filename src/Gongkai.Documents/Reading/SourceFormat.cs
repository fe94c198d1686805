namespace Gongkai.Documents.Reading;

/// <summary>The file formats a published document is read from.</summary>
public enum SourceFormat
{
    /// <summary>Plain text or Markdown (.txt, .md).</summary>
    Text,

    /// <summary>PDF, through pdftotext -layout.</summary>
    Pdf,

    /// <summary>Word (.docx).</summary>
    Docx,

    /// <summary>Excel (.xlsx).</summary>
    Xlsx,

    /// <summary>An HTML page (a disclosure published on a web site, or Gongkai's own HTML export).</summary>
    Html,
}
