using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>
/// Reads the prose of a 部门整体支出绩效评价报告: the title, the opening paragraph, each section's text by the words of
/// its heading (概况/职责 → overview, 支出/收入 → spending, 绩效 → performance, 问题 → problems, 措施 → measures,
/// 结果应用 → result use, 公开 → disclosure), and the amounts of the 收入/支出/结余 lines.
/// </summary>
internal static partial class EvaluationNarrativeReader
{
    private enum Part
    {
        Introduction,
        Overview,
        Spending,
        Performance,
        Problems,
        Measures,
        ResultUse,
        Disclosure,
    }

    /// <summary>Reads lines [0, end) of the document.</summary>
    public static EvaluationNarrative? Read(IReadOnlyList<string> lines, int end)
    {
        var narrative = new EvaluationNarrative();
        var parts = new Dictionary<Part, StringBuilder>();
        var part = Part.Introduction;
        var any = false;
        for (var i = 0; i < end; i++)
        {
            var line = Bookmark().Replace(lines[i], "").Trim();
            if (line.Length == 0 || TextGrid.IsCellLine(lines[i]))
            {
                continue;
            }

            if (line.StartsWith("附件", StringComparison.Ordinal))
            {
                break;
            }

            if (narrative.Title is null)
            {
                narrative.Title = line;
                continue;
            }

            var top = TopHeading().Match(line);
            var sub = SubHeading().Match(line);
            if (top.Success || sub.Success)
            {
                var heading = (top.Success ? top : sub).Groups["text"].Value.Trim();
                if (Classify(heading, top.Success) is { } next)
                {
                    var changed = next != part;
                    part = next;
                    any = true;

                    // A heading that only names the section is dropped (the writer prints its own); a top heading that
                    // adds to a section already begun (三、政府性基金预算支出情况 within the spending part) stays as a line.
                    if (!changed && top.Success && parts.ContainsKey(part))
                    {
                        AppendLine(parts, part, heading);
                    }

                    continue;
                }

                AppendLine(parts, part, top.Success ? heading : line);
                continue;
            }

            if (part == Part.Spending && ReadAmounts(narrative, line, i + 1))
            {
                continue;
            }

            AppendLine(parts, part, line);
        }

        if (!any && narrative.Title is null)
        {
            return null;
        }

        narrative.Introduction = Text(parts, Part.Introduction);
        narrative.Overview = Text(parts, Part.Overview);
        narrative.SpendingManagement = Text(parts, Part.Spending);
        narrative.Performance = Text(parts, Part.Performance);
        narrative.Problems = Text(parts, Part.Problems);
        narrative.Measures = Text(parts, Part.Measures);
        narrative.ResultUse = Text(parts, Part.ResultUse);
        narrative.Disclosure = Text(parts, Part.Disclosure);
        return narrative;
    }

    /// <summary>The part a heading names; null when it names none (a sub-heading of the prose itself).</summary>
    private static Part? Classify(string heading, bool top)
    {
        bool Has(string w) => heading.Contains(w, StringComparison.Ordinal);
        if (Has("公开") && (Has("结果") || !top))
        {
            return top && Has("应用") ? Part.ResultUse : Part.Disclosure;
        }

        if (Has("结果") && Has("应用"))
        {
            return Part.ResultUse;
        }

        if (Has("问题"))
        {
            return Part.Problems;
        }

        if (Has("措施") || Has("改进") || Has("建议"))
        {
            return Part.Measures;
        }

        if (!top)
        {
            return null;
        }

        if (Has("绩效"))
        {
            return Part.Performance;
        }

        if (Has("概况") || Has("职责") || Has("机构") || Has("基本情况"))
        {
            return Part.Overview;
        }

        if (Has("支出") || Has("收入") || Has("预算"))
        {
            return Part.Spending;
        }

        return null;
    }

    /// <summary>The 收入情况/支出情况/结余 lines; false for any other line.</summary>
    private static bool ReadAmounts(EvaluationNarrative narrative, string line, int lineNumber)
    {
        if (line.Contains("收入情况", StringComparison.Ordinal) && IncomeTotal().Match(line) is { Success: true } income)
        {
            narrative.IncomeTotal = PerformanceText.Number(income.Groups["amount"].Value);
            var rest = line[(income.Index + income.Length)..];
            foreach (var segment in rest.Split(['，', ',', '；', ';', '。']))
            {
                var m = Item().Match(segment.Trim().TrimEnd('+', '＋'));
                if (m.Success && PerformanceText.Number(m.Groups["amount"].Value) is { } amount)
                {
                    narrative.IncomeItems.Add(new NarrativeAmount(m.Groups["name"].Value, amount, null, null, lineNumber));
                }
            }

            return true;
        }

        if (line.Contains("支出情况", StringComparison.Ordinal) && SpendingTotal().Match(line) is { Success: true } spending)
        {
            narrative.SpendingTotal = PerformanceText.Number(spending.Groups["amount"].Value);
            var rest = line[(spending.Index + spending.Length)..];
            var segments = Enumerator().IsMatch(rest) ? Enumerator().Split(rest) : rest.Split('；', ';');
            foreach (var segment in segments)
            {
                var m = SpendingItem().Match(segment.Trim());
                if (m.Success && PerformanceText.Number(m.Groups["amount"].Value) is { } amount)
                {
                    decimal? share = m.Groups["share"].Success ? PerformanceText.Number(m.Groups["share"].Value) : null;
                    var use = m.Groups["use"].Value.Trim().TrimEnd('。', '；', ';').Trim();
                    narrative.SpendingItems.Add(new NarrativeAmount(m.Groups["name"].Value, amount, share, use.Length > 0 ? use : null, lineNumber));
                }
            }

            return true;
        }

        if (line.Contains("结余", StringComparison.Ordinal) && Balance().Match(line) is { Success: true } balance)
        {
            narrative.Balance = PerformanceText.Number(balance.Groups["amount"].Value);
            return true;
        }

        return false;
    }

    private static void AppendLine(Dictionary<Part, StringBuilder> parts, Part part, string line)
    {
        if (!parts.TryGetValue(part, out var b))
        {
            parts[part] = b = new StringBuilder();
        }

        if (b.Length > 0)
        {
            b.Append('\n');
        }

        b.Append(line);
    }

    private static string? Text(Dictionary<Part, StringBuilder> parts, Part part) =>
        parts.TryGetValue(part, out var b) && b.Length > 0 ? b.ToString() : null;

    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]\s*(?<text>.+)$")]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]\s*(?<text>.+)$")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"总收入(?:为)?(?<amount>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex IncomeTotal();

    [GeneratedRegex(@"总支出(?:为)?(?<amount>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex SpendingTotal();

    [GeneratedRegex(@"结余(?:为)?(?<amount>\d[\d,]*(?:\.\d+)?)万元")]
    private static partial Regex Balance();

    [GeneratedRegex(@"^(?:其中[：:]\s*)?(?<name>[^\d：:]+?)(?:为)?(?<amount>\d[\d,]*(?:\.\d+)?)万元$")]
    private static partial Regex Item();

    [GeneratedRegex(@"[⑴-⒇]")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^[、，,：:\s]*(?:其中[：:]\s*)?(?<name>[^\d，,]+?)(?:为)?(?<amount>\d[\d,]*(?:\.\d+)?)万元(?:[，,]占[^\d]*?(?<share>\d+(?:\.\d+)?)[%％])?[，,]?(?<use>.*)$", RegexOptions.Singleline)]
    private static partial Regex SpendingItem();
}
