namespace Gongkai.Documents.Export;

/// <summary>A cell of a sheet being written: its value as written in the XML (a shared-string index or a number), or null for a styled blank.</summary>
/// <param name="Value">The v element's text, or null.</param>
/// <param name="IsText">True when <paramref name="Value"/> is a shared-string index.</param>
/// <param name="Style">The cell style.</param>
internal readonly record struct XlsxCell(string? Value, bool IsText, XlsxStyle Style);
