using System.Text;
using System.Text.RegularExpressions;
using Gongkai.Checks;
using Gongkai.Messages;

namespace Gongkai.Claims;

/// <summary>
/// W-TOC (DOMAIN.md §1.2): the 目录 lists the parts and sections actually present, with the same titles. The 目录 is
/// the block of headings after a line reading 目录; it ends where a heading it already listed comes again (the body
/// begins). Each entry is keyed by its part (第N部分) and its number (一、…); the body heading with the same key must
/// carry the same title. An entry whose key has no numbered heading in the body (the tables of 第二部分 are titled,
/// not numbered) must appear as a line of its part; only an entry found nowhere is reported as missing.
/// </summary>
public static partial class ContentsChecker
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "W-TOC";

    /// <summary>Findings for 目录 entries whose body heading differs or is absent.</summary>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<NarrativeLine> lines)
    {
        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Compact(lines[i].Text) == "目录")
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return [];
        }

        // The 目录's entries, until a key repeats.
        var entries = new List<(string Key, string Title, int Line)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var part = "";
        var bodyStart = lines.Count;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var heading = IsCell(TrailingPageNumber().Replace(lines[i].Text, "")) ? null : Heading(lines[i].Text);
            if (heading is null)
            {
                continue;
            }

            var (isPart, number, title) = heading.Value;
            var key = isPart ? number + "|" : part + "|" + number;
            if (!seen.Add(key))
            {
                bodyStart = i;
                break;
            }

            if (isPart)
            {
                part = number;
            }

            entries.Add((key, title, i));
        }

        if (entries.Count < 3 || bodyStart == lines.Count)
        {
            return [];
        }

        // The body's headings (the first of each key) and every line, by part.
        var body = new Dictionary<string, (string Title, int Index)>(StringComparer.Ordinal);
        var partLines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        part = "";
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (IsCell(text))
            {
                // A table row or cell: it may hold a table's title, never a heading ("一、一般公共预算财政拨款收入").
                AddLine(partLines, part, text.Trim().Split('\t')[0]);
                continue;
            }

            AddLine(partLines, part, text);
            var heading = Heading(text);
            if (heading is null)
            {
                continue;
            }

            var (isPart, number, title) = heading.Value;
            if (isPart)
            {
                part = number;
                if (title.Length == 0)
                {
                    // "第三部分" alone on its line: the title is the next line with text.
                    var next = i + 1;
                    while (next < lines.Count && Compact(lines[next].Text).Length == 0)
                    {
                        next++;
                    }

                    title = next < lines.Count && Heading(lines[next].Text) is null ? Clean(lines[next].Text) : "";
                }

                body.TryAdd(number + "|", (title, i));
                continue;
            }

            body.TryAdd(part + "|" + number, (title, i));
        }

        var findings = new List<Finding>();
        foreach (var (key, title, line) in entries)
        {
            if (title.Length == 0)
            {
                continue;
            }

            if (body.TryGetValue(key, out var found))
            {
                if (found.Title.Length > 0 && Normal(found.Title) != Normal(title))
                {
                    var where = Where(lines[found.Index]);
                    findings.Add(new Finding(RuleId, Severity.Warning, where,
                        MessageCatalogue.Format(MessageCatalogue.ContentsTitleDiffers, where, found.Title, title, Line(lines[line])),
                        found.Title, title, [], lines[found.Index].Position));
                }

                continue;
            }

            var partKey = key[..key.IndexOf('|', StringComparison.Ordinal)];
            var inPart = partLines.TryGetValue(partKey, out var texts) && texts.Any(t => Normal(t).Contains(Normal(title), StringComparison.Ordinal));
            if (!inPart)
            {
                var where = Where(lines[line]);
                findings.Add(new Finding(RuleId, Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.ContentsEntryMissing, where, title), title, null, [], lines[line].Position));
            }
        }

        return findings;
    }

    // A cell of a table printed cell by cell, a tab-separated row, or a PDF row with wide gaps between its cells.
    private static bool IsCell(string text) => text.StartsWith('\t') || ParagraphJoiner.IsTableLine(text);

    private static void AddLine(Dictionary<string, List<string>> partLines, string part, string text)
    {
        if (!partLines.TryGetValue(part, out var list))
        {
            partLines[part] = list = [];
        }

        list.Add(text);
    }

    private static (bool IsPart, string Number, string Title)? Heading(string text)
    {
        var clean = Clean(text);
        var m = HeadingPattern().Match(clean);
        if (!m.Success)
        {
            return null;
        }

        var title = m.Groups["title"].Value.Trim();
        // A page number or leader dots at the end of a 目录 line are not part of the title.
        title = PageNumber().Replace(title, "");
        return m.Groups["part"].Success ? (true, m.Groups["part"].Value, title) : (false, m.Groups["number"].Value, title);
    }

    private static string Clean(string text) => text.Trim().TrimStart('-', '•', '·', '*', ' ', '\u3000').Trim();

    private static string Compact(string text) => WhiteSpace().Replace(text, "");

    // Titles compared without spaces, quotation marks, bracket variants and a leading year: 三公 and “三公” are the same.
    private static string Normal(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '\'' or '‘' or '’' or '《' or '》' or '\u3000')
            {
                continue;
            }

            builder.Append(c switch { '(' => '（', ')' => '）', _ => c });
        }

        // "2020年度部门决算表" in the 目录 and "部门决算表" under the part heading name the same part.
        return LeadingYear().Replace(builder.ToString(), "");
    }

    private static string Where(NarrativeLine line) => Line(line) is { } l ? MessageCatalogue.Format(MessageCatalogue.ClaimLocation, l) : "";

    private static int? Line(NarrativeLine line) => line.Position.Line;

    [GeneratedRegex(@"^(?:第(?<part>[一二三四五六七八九十]+)部分|(?<number>[一二三四五六七八九十]+)、)(?<title>.*)$")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"[\s.·…．]*\d*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s+\d+\s*$")]
    private static partial Regex TrailingPageNumber();

    [GeneratedRegex(@"^\d{4}年度?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
