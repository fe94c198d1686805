namespace Gongkai.Writing;

/// <summary>A paragraph of text.</summary>
/// <param name="Text">The text, without line breaks.</param>
/// <param name="Kind">How it is set.</param>
public sealed record ParagraphBlock(string Text, ParagraphKind Kind = ParagraphKind.Body) : DocumentBlock;
