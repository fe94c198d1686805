using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Recognises what a document is by its content: disclosure tables and the words of its cover and headings (部门决算,
/// 部门预算, 整体支出绩效评价报告, 绩效自评表, 绩效评价基础数据表, “三公”经费). One file may be several kinds.
/// </summary>
internal static class DocumentKindDetector
{
    /// <summary>True when the cover (the first lines) speaks of a budget rather than final accounts.</summary>
    public static bool CoverSaysBudget(IReadOnlyList<SourceLine> lines)
    {
        var cover = string.Concat(lines.Where(l => !l.IsBlank).Take(8).Select(l => AmountText.Compact(l.Text)));
        return cover.Contains("预算", StringComparison.Ordinal) && !cover.Contains("决算", StringComparison.Ordinal)
            && !cover.Contains("绩效", StringComparison.Ordinal);
    }

    /// <summary>The kinds found, in the order they first appear.</summary>
    public static List<PublishedDocumentKind> Detect(IReadOnlyList<SourceLine> lines, UnitYearReport report, HashSet<int> tableLines)
    {
        var found = new List<(int At, PublishedDocumentKind Kind)>();
        void Add(int at, PublishedDocumentKind kind)
        {
            if (found.All(f => f.Kind != kind))
            {
                found.Add((at, kind));
            }
        }

        var tables = report.Tables.Where(t => t.Kind != DisclosureTableKind.ExplanationFigures && (t.Rows.Count > 0 || t.EmptyStatement is not null)).ToList();
        var budgetWords = 0;
        var finalWords = 0;
        foreach (var t in tables)
        {
            var title = t.Title ?? "";
            if (title.Contains("决算", StringComparison.Ordinal))
            {
                finalWords++;
            }
            else if (title.Contains("预算", StringComparison.Ordinal) || title.Contains("收支总表", StringComparison.Ordinal)
                     || title.EndsWith("总表", StringComparison.Ordinal) || title.EndsWith("支出表", StringComparison.Ordinal))
            {
                budgetWords++;
            }
        }

        var coverBudget = CoverSaysBudget(lines);
        if (tables.Count > 0)
        {
            Add(0, coverBudget || budgetWords > finalWords ? PublishedDocumentKind.BudgetDisclosure : PublishedDocumentKind.FinalAccountsDisclosure);
        }

        var nonBlank = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            nonBlank++;
            var text = AmountText.Compact(line.Text);
            if (text.Length > 70 || text.Contains("详见", StringComparison.Ordinal) || text.Contains('。', StringComparison.Ordinal))
            {
                continue;
            }

            if (tables.Count == 0 && nonBlank <= 6)
            {
                if (text.Contains("部门决算", StringComparison.Ordinal) || text.Contains("决算情况说明", StringComparison.Ordinal))
                {
                    Add(i, PublishedDocumentKind.FinalAccountsDisclosure);
                }
                else if (text.Contains("部门预算", StringComparison.Ordinal) && !text.Contains("绩效", StringComparison.Ordinal))
                {
                    Add(i, PublishedDocumentKind.BudgetDisclosure);
                }
            }

            if (text.Contains("绩效评价报告", StringComparison.Ordinal) || text.Contains("绩效自评报告", StringComparison.Ordinal)
                || (text.Contains("整体支出绩效", StringComparison.Ordinal) && text.EndsWith("报告", StringComparison.Ordinal)))
            {
                Add(i, PublishedDocumentKind.PerformanceEvaluationReport);
            }

            if (text.Contains("绩效自评表", StringComparison.Ordinal) && TableFollows(lines, i))
            {
                Add(i, PublishedDocumentKind.SelfEvaluationSheet);
            }

            if (text.Contains("绩效评价基础数据表", StringComparison.Ordinal) && TableFollows(lines, i))
            {
                Add(i, PublishedDocumentKind.EvaluationBaseData);
            }

            if (nonBlank <= 5 && text.Contains("三公", StringComparison.Ordinal) && text.Contains("经费", StringComparison.Ordinal)
                && tables.All(t => t.Kind == DisclosureTableKind.ThreePublicCosts))
            {
                Add(i, PublishedDocumentKind.ThreePublicCostsStatement);
            }
        }

        if (found.Count == 0 && PerformanceHeadings(lines) >= 2)
        {
            // A report without a title line (seed 003 starts at its first section): its headings speak of 绩效.
            Add(0, PublishedDocumentKind.PerformanceEvaluationReport);
        }

        return found.OrderBy(f => f.At).Select(f => f.Kind).ToList();
    }

    private static int PerformanceHeadings(IReadOnlyList<SourceLine> lines)
    {
        var count = 0;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            if (text.Length is > 0 and <= 40 && !text.Contains('。', StringComparison.Ordinal)
                && (text.Contains("绩效", StringComparison.Ordinal) || text.Contains("预算单位基本情况", StringComparison.Ordinal)))
            {
                count++;
            }
        }

        return count;
    }

    private static bool TableFollows(IReadOnlyList<SourceLine> lines, int at)
    {
        var seen = 0;
        for (var i = at + 1; i < lines.Count && seen < 6; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            if (lines[i].IsTableRow)
            {
                return true;
            }
        }

        return false;
    }
}
