namespace Gongkai.Writing;

/// <summary>
/// One block of a generated document, in reading order: a heading, a paragraph, a table, the table of contents or a
/// page break. Every writer (DOCX, HTML, PDF through DOCX) renders the same list, so the formats cannot disagree.
/// </summary>
public abstract record DocumentBlock;
