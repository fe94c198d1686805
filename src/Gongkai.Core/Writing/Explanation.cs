namespace Gongkai.Writing;

/// <summary>The 情况说明 written from a report: the numbered sections and the reasons it still lacks.</summary>
/// <param name="Sections">一 to 十一, in order.</param>
/// <param name="MissingReasons">Required reasons the report lacks; each is a placeholder in the text.</param>
public sealed record Explanation(IReadOnlyList<ExplanationSection> Sections, IReadOnlyList<MissingReason> MissingReasons)
{
    /// <summary>Every block in reading order: each section's heading, then its content.</summary>
    public IEnumerable<DocumentBlock> Blocks => Sections.SelectMany(s => s.Blocks.Prepend(s.Heading));

    /// <summary>The whole text, one block per line (for tests, logs and the plain-text view).</summary>
    public string PlainText => string.Join("\n", Blocks.Select(b => b switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => "",
    }));
}
