using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads the facts a document states in words: the year and the unit's name (cover, title, 部门 field, 预算部门 cell,
/// "X为…单位"), the unit's kind and level, the headcounts of its 概况 (核定编制数 24 个，实际在岗在编 38 人), the
/// 部门职责 list, 机构设置, 决算单位构成 and the 名词解释 entries. Works on the lines outside tables.
/// </summary>
internal static partial class NarrativeReader
{
    private static readonly string[] KindWords =
    [
        "部门整体支出绩效评价报告", "整体支出绩效评价报告", "整体支出绩效自评报告", "绩效自评报告", "绩效评价报告", "部门决算公开",
        "部门预算公开", "部门决算", "部门预算", "决算公开", "预算公开", "单位决算", "单位预算", "决算", "预算", "公开", "报告",
    ];

    /// <summary>The fiscal year from the cover or title, or null.</summary>
    public static int? FindYear(IReadOnlyList<SourceLine> lines)
    {
        var seen = 0;
        int? fallback = null;
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (++seen > 60)
            {
                break;
            }

            var text = AmountText.NormaliseWidth(line.Text);
            var m = YearMark().Match(text);
            if (!m.Success)
            {
                continue;
            }

            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            if (seen <= 12 || text.Contains("年度", StringComparison.Ordinal) || KindWords.Any(k => text.Contains(k, StringComparison.Ordinal)))
            {
                return year;
            }

            fallback ??= year;
        }

        return fallback;
    }

    /// <summary>The unit's name from the cover or title lines, or null.</summary>
    public static string? FindUnitName(IReadOnlyList<SourceLine> lines, HashSet<int> tableLines, UnitYearReport report)
    {
        var seen = 0;
        foreach (var line in lines)
        {
            if (line.IsBlank || tableLines.Contains(line.Index))
            {
                continue;
            }

            if (++seen > 10)
            {
                break;
            }

            var text = line.Text.Trim();
            if (text.StartsWith("目录", StringComparison.Ordinal) || text.StartsWith("第一部分", StringComparison.Ordinal))
            {
                break;
            }

            var name = CoverName(text);
            if (name is not null)
            {
                return name;
            }
        }

        var fields = report.Tables.Select(t => t.DepartmentField).Where(f => !string.IsNullOrWhiteSpace(f) && f!.Length <= 40)
            .GroupBy(f => f!.Trim()).OrderByDescending(g => g.Count()).FirstOrDefault();
        if (fields is not null)
        {
            return fields.Key;
        }

        foreach (var line in lines)
        {
            for (var i = 0; i + 1 < line.Cells.Count; i++)
            {
                var label = TextForms.Key(line.Cells[i]);
                if (label is "预算部门" or "单位名称" or "部门名称" or "预算单位" or "项目单位" or "填报单位")
                {
                    var value = line.Cells.Skip(i + 1).FirstOrDefault(c => c.Trim().Length > 0)?.Trim();
                    if (value is { Length: >= 3 and <= 40 })
                    {
                        return value;
                    }
                }
            }
        }

        foreach (var line in lines)
        {
            if (tableLines.Contains(line.Index))
            {
                continue;
            }

            if (!line.Text.Contains('为', StringComparison.Ordinal))
            {
                continue;
            }

            var m = SelfDescription().Match(line.Text);
            if (m.Success)
            {
                return m.Groups[1].Value;
            }
        }

        return null;
    }

    /// <summary>Fills the unit's kind, level, headcounts, duties, organisation, scope and the 名词解释.</summary>
    public static void ReadFacts(IReadOnlyList<SourceLine> lines, HashSet<int> tableLines, UnitYearReport report)
    {
        var prose = lines.Where(l => !tableLines.Contains(l.Index) && !l.IsBlank).ToList();
        var unit = report.Unit;
        foreach (var line in prose)
        {
            var text = line.Text;
            if (unit.Kind == UnitKind.Unknown && text.Contains('为', StringComparison.Ordinal) && KindSentence().Match(text) is { Success: true } k)
            {
                unit.Kind = k.Groups[2].Value switch
                {
                    "行政单位" or "行政机关" => UnitKind.Administrative,
                    "事业单位" => UnitKind.PublicInstitution,
                    _ => UnitKind.CivilServiceManagedInstitution,
                };
                if (k.Groups[1].Value.Length > 0)
                {
                    unit.Level ??= LevelMark().Match(k.Groups[1].Value) is { Success: true } lv ? lv.Value : null;
                }
            }

            if (unit.AuthorizedHeadcount is null && text.Contains("编制", StringComparison.Ordinal) && Authorized().Match(AmountText.NormaliseWidth(text)) is { Success: true } a)
            {
                unit.AuthorizedHeadcount = int.Parse(a.Groups[1].Value, CultureInfo.InvariantCulture);
            }

            if (unit.ActualHeadcount is null && (text.Contains("在", StringComparison.Ordinal) || text.Contains("实有", StringComparison.Ordinal)) && Actual().Match(AmountText.NormaliseWidth(text)) is { Success: true } b)
            {
                unit.ActualHeadcount = int.Parse(b.Groups[2].Value, CultureInfo.InvariantCulture);
            }
        }

        if (unit.Duties.Count == 0)
        {
            unit.Duties.AddRange(ReadList(prose, IsDutiesHeading));
        }

        unit.Organisation ??= ReadParagraph(prose, "机构设置");
        unit.ReportingScope ??= ReadParagraph(prose, "决算单位构成");
        if (report.TermDefinitions.Count == 0)
        {
            report.TermDefinitions.AddRange(ReadTerms(prose));
        }
    }

    private static string? CoverName(string text)
    {
        var t = YearMark().Replace(AmountText.NormaliseWidth(text), " ");
        foreach (var w in KindWords)
        {
            t = t.Replace(w, " ", StringComparison.Ordinal);
        }

        t = t.Replace("年度", " ", StringComparison.Ordinal).Trim();
        if (t.Contains(' ', StringComparison.Ordinal))
        {
            // "株洲市渌口区人大常委会 部门" and the like: keep the part that names a unit.
            t = t.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(p => p.Length).First();
        }

        return t.Length is >= 3 and <= 40 && !TextForms.HasDigit(t) && !t.Contains('，', StringComparison.Ordinal)
            && !t.Contains('。', StringComparison.Ordinal) && !t.Contains('：', StringComparison.Ordinal)
            && UnitSuffix().IsMatch(t) && !t.StartsWith('第')
            ? t
            : null;
    }

    private static bool IsDutiesHeading(string text)
    {
        var t = TextForms.DropOrdinal(text).Trim().TrimEnd('。', '：', ':');
        return t.Length <= 12 && (t.EndsWith("部门职责", StringComparison.Ordinal) || t.EndsWith("主要职责", StringComparison.Ordinal)
            || t.EndsWith("职能职责", StringComparison.Ordinal) || t == "职责" || t.EndsWith("主要职能", StringComparison.Ordinal));
    }

    private static List<string> ReadList(List<SourceLine> prose, Func<string, bool> isHeading)
    {
        for (var start = 0; start < prose.Count; start++)
        {
            if (isHeading(prose[start].Text.Trim()))
            {
                var items = ReadListAt(prose, start);
                if (items.Count > 0)
                {
                    return items;
                }
            }
        }

        return [];
    }

    private static List<string> ReadListAt(List<SourceLine> prose, int start)
    {
        var items = new List<string>();
        string? style = null;
        for (var i = start + 1; i < prose.Count; i++)
        {
            var text = prose[i].Text.Trim();
            var s = OrdinalStyle(text);
            if (style is null)
            {
                if (s is null)
                {
                    break;
                }

                style = s;
            }

            if (s == style)
            {
                items.Add(TextForms.DropOrdinal(text));
            }
            else if (s is null && items.Count > 0 && !items[^1].EndsWith('。') && !items[^1].EndsWith('；'))
            {
                items[^1] += text;
            }
            else
            {
                break;
            }
        }

        return items;
    }

    private static string? OrdinalStyle(string text)
    {
        if (text.Length < 3)
        {
            return null;
        }

        if (ParenChinese().IsMatch(text))
        {
            return "（一）";
        }

        if (ArabicComma().IsMatch(text))
        {
            return "1、";
        }

        if (ChineseComma().IsMatch(text))
        {
            return "一、";
        }

        return ParenArabic().IsMatch(text) ? "(1)" : null;
    }

    private static string? ReadParagraph(List<SourceLine> prose, string heading)
    {
        for (var i = 0; i < prose.Count; i++)
        {
            var text = prose[i].Text.Trim();
            var at = text.IndexOf(heading, StringComparison.Ordinal);
            if (at < 0 || at > 8)
            {
                continue;
            }

            var after = text[(at + heading.Length)..];
            if (after.Length > 0 && after[0] is '。' or '：' or ':')
            {
                var rest = after.TrimStart('。', '：', ':', ' ', '\u3000');
                if (rest.Length > 0)
                {
                    return rest;
                }
            }

            if (TextForms.DropOrdinal(text).Trim().TrimEnd('。', '：', ':') == heading && i + 1 < prose.Count)
            {
                var next = prose[i + 1].Text.Trim();
                if (OrdinalStyle(next) is null && next.Length > 10)
                {
                    return next;
                }
            }
        }

        return null;
    }

    private static List<TermDefinition> ReadTerms(List<SourceLine> prose)
    {
        var terms = new List<TermDefinition>();
        var start = prose.FindIndex(l => TextForms.DropOrdinal(l.Text.Trim()).Trim().TrimEnd('：', ':') == "名词解释");
        if (start < 0)
        {
            return terms;
        }

        for (var i = start + 1; i < prose.Count; i++)
        {
            var text = prose[i].Text.Trim();
            var body = TextForms.DropOrdinal(text);
            var colon = body.IndexOfAny(['：', ':']);
            if (OrdinalStyle(text) is not null && colon is > 0 and <= 30)
            {
                terms.Add(new TermDefinition(body[..colon].Trim(), body[(colon + 1)..].Trim()));
                continue;
            }

            if (terms.Count > 0 && OrdinalStyle(text) is null && !terms[^1].Definition.EndsWith('。') && !text.StartsWith('第'))
            {
                terms[^1] = terms[^1] with { Definition = terms[^1].Definition + text };
                continue;
            }

            break;
        }

        return terms;
    }

    [GeneratedRegex(@"((?:19|20)[0-9]{2})\s*年")]
    private static partial Regex YearMark();

    [GeneratedRegex(@"为([^。，；]{0,20}?)(参照公务员法管理的事业单位|参公管理的?事业单位|行政单位|行政机关|事业单位)")]
    private static partial Regex KindSentence();

    [GeneratedRegex(@"(省级|市级|州级|区级|县级|乡镇级|乡级|镇级)")]
    private static partial Regex LevelMark();

    [GeneratedRegex(@"核定(?:行政|事业)?编制(?:数)?\s*(?:为|共)?\s*([0-9]{1,6})\s*(?:个|名|人)")]
    private static partial Regex Authorized();

    [GeneratedRegex(@"(实际在岗在编|在岗在编|在职实有人员|实有在职人员|实有人员|实际在职人数|实际在职|在职人员|在职工作人员|实有人数)\s*(?:为|共)?\s*([0-9]{1,6})\s*(?:人|名)")]
    private static partial Regex Actual();

    [GeneratedRegex(@"(?:^|[。；])\s*([^\s，。；：、（）()]{4,30}?)为[^。，]{0,16}?(?:行政单位|事业单位|行政机关|一级预算单位)")]
    private static partial Regex SelfDescription();

    [GeneratedRegex(@"(会|局|委|院|办|室|厅|部|处|所|站|队|馆|校|中心|社|团|司|府|庭|行|组|署|协会|联合会|园)$")]
    private static partial Regex UnitSuffix();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]")]
    private static partial Regex ParenChinese();

    [GeneratedRegex(@"^[0-9]{1,2}\s*[、.．](?![0-9])")]
    private static partial Regex ArabicComma();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}、")]
    private static partial Regex ChineseComma();

    [GeneratedRegex(@"^[（(][0-9]{1,2}[）)]")]
    private static partial Regex ParenArabic();
}
