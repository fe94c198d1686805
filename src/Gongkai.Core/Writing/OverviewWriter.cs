using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>第一部分 概况: 一、部门职责 (（一）… one per duty) and 二、机构设置及决算单位构成, from the unit's facts.</summary>
public static class OverviewWriter
{
    /// <summary>The blocks of the 概况 (its part heading not included).</summary>
    public static IReadOnlyList<DocumentBlock> Write(BudgetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var blocks = new List<DocumentBlock> { new HeadingBlock(2, ChineseNumerals.Section(1) + "部门职责") };
        for (var i = 0; i < unit.Duties.Count; i++)
        {
            blocks.Add(new ParagraphBlock(ChineseNumerals.Subsection(i + 1) + unit.Duties[i]));
        }

        blocks.Add(new HeadingBlock(2, ChineseNumerals.Section(2) + "机构设置及决算单位构成"));
        var n = 0;
        if (!string.IsNullOrWhiteSpace(unit.Organisation))
        {
            blocks.Add(new ParagraphBlock(ChineseNumerals.Subsection(++n) + "机构设置。" + unit.Organisation.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(unit.ReportingScope))
        {
            blocks.Add(new ParagraphBlock(ChineseNumerals.Subsection(++n) + "决算单位构成。" + unit.ReportingScope.Trim()));
        }

        return blocks;
    }
}
