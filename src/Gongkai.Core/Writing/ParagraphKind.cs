namespace Gongkai.Writing;

/// <summary>How a paragraph is set.</summary>
public enum ParagraphKind
{
    /// <summary>Body text (仿宋, first line indented by two characters).</summary>
    Body,

    /// <summary>A line of the cover page (large, centred).</summary>
    Cover,

    /// <summary>The 目录 title.</summary>
    ContentsTitle,

    /// <summary>A note under a table (注：…), smaller and not indented.</summary>
    TableNote,
}
