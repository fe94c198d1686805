namespace Gongkai.Writing;

/// <summary>
/// The 目录: the headings of levels 1 and 2 in order. Word writers render it as a TOC field whose cached result lists
/// these entries, so the page numbers appear when the field is updated; HTML renders links.
/// </summary>
/// <param name="Entries">The headings listed.</param>
public sealed record TableOfContentsBlock(IReadOnlyList<HeadingBlock> Entries) : DocumentBlock;
