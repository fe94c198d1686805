using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>
/// The whole 部门决算公开 document built from one report, as an ordered list of blocks: cover, 目录, 第一部分 概况,
/// 第二部分 the nine tables, 第三部分 情况说明, 第四部分 名词解释, 第五部分 附件. The DOCX and HTML writers render it;
/// the PDF is the DOCX converted.
/// </summary>
public sealed class FinalAccountsDocument
{
    /// <summary>Creates a document.</summary>
    public FinalAccountsDocument(
        UnitYearReport report, ExplanationOptions options, IReadOnlyList<DocumentBlock> blocks, Explanation explanation)
    {
        Report = report;
        Options = options;
        Blocks = blocks;
        Explanation = explanation;
    }

    /// <summary>The report it was built from.</summary>
    public UnitYearReport Report { get; }

    /// <summary>The options it was built with.</summary>
    public ExplanationOptions Options { get; }

    /// <summary>The title: 株洲市渌口区人大常委会2020年度部门决算.</summary>
    public string Title => $"{Report.Unit.Name}{Report.Year}年度部门决算";

    /// <summary>Every block in reading order.</summary>
    public IReadOnlyList<DocumentBlock> Blocks { get; }

    /// <summary>The 情况说明 (also part of <see cref="Blocks"/>).</summary>
    public Explanation Explanation { get; }

    /// <summary>The reasons still to be written (placeholders in the text).</summary>
    public IReadOnlyList<MissingReason> MissingReasons => Explanation.MissingReasons;

    /// <summary>The tables, in order.</summary>
    public IEnumerable<DocumentTable> Tables => Blocks.OfType<TableBlock>().Select(b => b.Table);

    /// <summary>The text of every heading and paragraph, one per line (tables left out), for tests and search.</summary>
    public string PlainText => string.Join("\n", Blocks.Select(b => b switch
    {
        HeadingBlock h => h.Text,
        ParagraphBlock p => p.Text,
        _ => null,
    }).Where(t => t is not null));
}
