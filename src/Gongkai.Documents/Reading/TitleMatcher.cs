using System.Text.RegularExpressions;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Recognises the title line of a disclosure table by its words (the template's title and its titleAliases), not by
/// its number: 收入支出决算总表, 部门收支总表, 株洲市渌口区人大常委会2020年收入决算表 (a unit or year before the title is
/// allowed), 公开01表 or 表一 beside it.
/// </summary>
public sealed partial class TitleMatcher
{
    private const int MaxPrefix = 40;
    private readonly List<(string Key, DisclosureTableKind Kind)> titles;

    /// <summary>Creates a matcher for the tables of a template set.</summary>
    public TitleMatcher(TemplateSet set)
    {
        titles = [];
        foreach (var t in set.Tables)
        {
            if (t.Kind == DisclosureTableKind.ExplanationFigures)
            {
                continue;
            }

            titles.Add((TextForms.Key(t.Title), t.Kind));
            foreach (var alias in t.TitleAliases)
            {
                titles.Add((TextForms.Key(alias), t.Kind));
            }
        }

        // Longest first, so that 财政拨款收入支出决算总表 wins over 收入支出决算总表.
        titles.Sort((a, b) => b.Key.Length.CompareTo(a.Key.Length));
    }

    /// <summary>The table kind a line is the title of, or null.</summary>
    public DisclosureTableKind? Match(SourceLine line)
    {
        // Every title ends in 表: most lines are ruled out without further work. A list item ("- 九、…决算表" in a 目录)
        // names a table, it does not head one.
        if (!line.Text.Contains('表', StringComparison.Ordinal) || line.Text.Length > 200 || line.Text.TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            return null;
        }

        string? only = null;
        foreach (var cell in line.Cells)
        {
            if (cell.Length == 0 || string.IsNullOrWhiteSpace(cell))
            {
                continue;
            }

            if (only is not null)
            {
                // A title may share its line with the table number or the unit (PDF layout puts them side by side).
                if (NumberMark().IsMatch(TextForms.Key(cell)) || AmountText.UnitOf(cell) is not null)
                {
                    continue;
                }

                if (NumberMark().IsMatch(TextForms.Key(only)))
                {
                    only = cell;
                    continue;
                }

                return null;
            }

            only = cell;
        }

        return only is null ? null : Match(only);
    }

    /// <summary>The table kind a text is the title of, or null.</summary>
    public DisclosureTableKind? Match(string text)
    {
        if (text.Length > 90 || !text.Contains('表', StringComparison.Ordinal) || text.Contains('。', StringComparison.Ordinal) || text.Contains('；', StringComparison.Ordinal)
            || text.Contains('，', StringComparison.Ordinal))
        {
            return null;
        }

        var key = TextForms.Key(TextForms.DropOrdinal(text));
        key = NumberMark().Replace(key, "");
        key = Continued().Replace(key, "");
        if (key.Length == 0)
        {
            return null;
        }

        foreach (var (title, kind) in titles)
        {
            if (key.EndsWith(title, StringComparison.Ordinal))
            {
                var prefix = key.Length - title.Length;
                if (prefix <= MaxPrefix && !key.AsSpan(0, prefix).Contains('表'))
                {
                    return kind;
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>The printed table number in a text (公开 01 表 → 公开01表), or null.</summary>
    public static string? NumberIn(string text)
    {
        var m = NumberMark().Match(TextForms.Key(text));
        return m.Success ? m.Value.Trim('（', '）') : null;
    }

    [GeneratedRegex(@"（?(公开|附|部门公开|预算公开|决算公开)[0-9]{1,3}(-[0-9]{1,2})?表）?|（?表[0-9]{1,3}(-[0-9]{1,2})?）?$|（?附表[0-9]{1,3}(-[0-9]{1,2})?）?")]
    private static partial Regex NumberMark();

    [GeneratedRegex(@"（?续(表)?[0-9一二三]*）?$")]
    private static partial Regex Continued();
}
