namespace Gongkai.Writing;

/// <summary>
/// A heading with its numbering in the text, as the seeds print it (第一部分, 一、, （一）).
/// Level 1 is a part (第一部分…), level 2 a numbered section (一、), level 3 a subsection (（一）).
/// </summary>
/// <param name="Level">1, 2 or 3.</param>
/// <param name="Text">The heading as printed, numbering included.</param>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;
