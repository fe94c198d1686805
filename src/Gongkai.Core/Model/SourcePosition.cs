namespace Gongkai.Model;

/// <summary>Where a value stands in the document it was read from, so a finding can point at it.</summary>
/// <param name="Line">1-based line in a text document (or in the text of a PDF page).</param>
/// <param name="Page">1-based page of a PDF.</param>
/// <param name="Sheet">Sheet name of a workbook.</param>
/// <param name="Cell">Cell address in a sheet (A1 style) or a Word table position.</param>
public sealed record SourcePosition(int? Line = null, int? Page = null, string? Sheet = null, string? Cell = null);
