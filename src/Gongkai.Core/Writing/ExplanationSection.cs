namespace Gongkai.Writing;

/// <summary>One numbered section of the 情况说明 (一、收入支出决算总体情况说明 …) with its subheadings and paragraphs.</summary>
/// <param name="Heading">The level-2 heading.</param>
/// <param name="Blocks">Its content: level-3 headings and paragraphs.</param>
public sealed record ExplanationSection(HeadingBlock Heading, IReadOnlyList<DocumentBlock> Blocks);
