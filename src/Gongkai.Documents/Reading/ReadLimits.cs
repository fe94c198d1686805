namespace Gongkai.Documents.Reading;

/// <summary>The limits that keep a hostile or broken file from exhausting memory or time.</summary>
public static class ReadLimits
{
    /// <summary>Largest file read (bytes).</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>Largest uncompressed part of a DOCX/XLSX package (bytes).</summary>
    public const long MaxPartBytes = 200L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of a DOCX/XLSX package (bytes).</summary>
    public const long MaxPackageBytes = 400L * 1024 * 1024;

    /// <summary>Most lines kept from one document.</summary>
    public const int MaxLines = 200_000;

    /// <summary>Most characters of text taken from one document (PDF text, DOCX text).</summary>
    public const int MaxChars = 60_000_000;

    /// <summary>Most cells of one table row (wider rows are cut).</summary>
    public const int MaxCellsPerRow = 256;

    /// <summary>Time allowed to pdftotext (seconds).</summary>
    public const int PdfSeconds = 120;
}
