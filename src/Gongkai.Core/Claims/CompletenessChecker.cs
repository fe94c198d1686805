using System.Text.RegularExpressions;
using Gongkai.Checks;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Claims;

/// <summary>
/// What a careful reviewer also looks for (DOMAIN.md §1.2), beyond the arithmetic: every table present or stated empty,
/// every table's header naming the unit, every 项 of 公开05表 explained, change words that agree with each other and are not used for a zero change, a reason
/// for every stated change, continuous heading numbering. All are warnings: they say something is missing or
/// inconsistent, not that a figure is wrong.
/// </summary>
public sealed partial class CompletenessChecker
{
    /// <summary>The rule id of the header check: every table's 部门 names the unit.</summary>
    public const string HeaderRuleId = "C-HEADER";

    private static readonly DisclosureTableKind[] NineTables = [.. DisclosureTableKinds.All.Where(k => k != DisclosureTableKind.ExplanationFigures)];

    private readonly UnitYearReport report;
    private readonly TemplateSet templates;

    /// <summary>Creates a checker for a report.</summary>
    public CompletenessChecker(UnitYearReport report, TemplateSet templates)
    {
        this.report = report;
        this.templates = templates;
    }

    /// <summary>Checks the report and its running text.</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<NarrativeLine> lines) => Check(ParagraphJoiner.Join(lines));

    /// <summary>Checks text already joined into paragraphs (the auditor joins once for every checker).</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<Paragraph> paragraphs)
    {
        var findings = new List<Finding>();
        var present = NineTables.Where(k => report.Table(k) is { } t && (t.Rows.Count > 0 || t.EmptyStatement is not null)).ToList();

        // A final-accounts disclosure prints the set; a performance report quoting one table is not one.
        if (present.Count >= 3)
        {
            foreach (var kind in NineTables.Except(present))
            {
                var template = templates.Table(kind);
                findings.Add(new Finding("C-TABLES", Severity.Warning, template?.Number ?? kind.ShortCode(),
                    MessageCatalogue.Format(MessageCatalogue.CompletenessTableMissing, template?.Number, template?.Title), null, null, []));
            }

            CheckHeaders(present, findings);
            CheckItemsExplained(paragraphs, findings);
        }

        foreach (var paragraph in paragraphs)
        {
            CheckChangeWords(paragraph, findings, requireReason: present.Count >= 3);
        }

        CheckHeadings(paragraphs, findings);
        return findings;
    }

    private void CheckItemsExplained(IReadOnlyList<Paragraph> paragraphs, List<Finding> findings)
    {
        var t05 = report.Table(DisclosureTableKind.GeneralBudgetExpenditure);
        if (t05 is null || paragraphs.Count == 0)
        {
            return;
        }

        var text = string.Concat(paragraphs.Select(p => ClassificationText(p.Text)));

        // Only a document that explains items at all (a 情况说明 with X（项） headings) can have left one out; a
        // workbook of the tables alone has nothing to compare.
        if (!text.Contains("(项)", StringComparison.Ordinal) && !text.Contains("（项）", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var row in t05.Rows.Where(r => r.IsCoded && r.Key.Length == 7 && (r[1] ?? 0m) != 0 && !string.IsNullOrWhiteSpace(r.Label)))
        {
            var name = Classification.ClassificationNames.Normalize(row.Label!);
            if (!text.Contains(name + "(项)", StringComparison.Ordinal) && !text.Contains(name + "（项）", StringComparison.Ordinal))
            {
                var where = templates.Table(DisclosureTableKind.GeneralBudgetExpenditure)?.Number ?? "T05";
                findings.Add(new Finding("C-ITEMS", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.CompletenessItemNotExplained, where, row.Label, row.Key), null, null,
                    [new CellRef(DisclosureTableKind.GeneralBudgetExpenditure, row.Key, 1)], row.Source));
            }
        }
    }

    // The 部门 of every table's header names the same unit: one left blank (部门：公开05表) or naming another unit (a
    // table copied from someone else's template) is reported against the name most tables print. A table that prints
    // no 部门 field at all (some provinces put the unit in the title only) is not.
    private void CheckHeaders(List<DisclosureTableKind> present, List<Finding> findings)
    {
        var fields = present.Select(k => (Kind: k, Table: report.Table(k)!)).Where(t => t.Table.DepartmentField is not null).ToList();
        var named = fields.Select(t => t.Table.DepartmentField!.Trim()).Where(f => f.Length > 0).ToList();
        if (named.Count == 0)
        {
            return;
        }

        var common = named.GroupBy(f => f, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
        foreach (var (kind, table) in fields)
        {
            var field = table.DepartmentField!.Trim();
            var where = templates.Table(kind)?.Number ?? kind.ShortCode();
            if (field.Length == 0)
            {
                findings.Add(new Finding(HeaderRuleId, Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.CompletenessHeaderUnitBlank, where, common), "", common, [], table.Source));
            }
            else if (!field.Contains(common, StringComparison.Ordinal) && !common.Contains(field, StringComparison.Ordinal))
            {
                findings.Add(new Finding(HeaderRuleId, Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.CompletenessHeaderUnitDiffers, where, field, common), field, common, [], table.Source));
            }
        }
    }

    private static string ClassificationText(string text) => Regex.Replace(text, @"\s+", "");

    // A reason is required in a disclosure's 情况说明; a performance report may state a change as a plain fact.
    private static void CheckChangeWords(Paragraph paragraph, List<Finding> findings, bool requireReason)
    {
        var text = NumberScanner.Normalize(paragraph.Text);
        foreach (Match m in ChangeClause().Matches(text))
        {
            var amountWord = m.Groups["aw"].Value;
            var amount = m.Groups["amount"].Value;
            var where = Where(paragraph, m.Index);
            if (decimal.TryParse(amount, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var value) && value == 0)
            {
                findings.Add(new Finding("W-SIGN", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.WordingZeroChange, where, amountWord + amount + "万元"), amountWord, "持平", [], paragraph.PositionAt(m.Index)));
                continue;
            }

            if (m.Groups["pw"].Success && Up(amountWord) != Up(m.Groups["pw"].Value))
            {
                findings.Add(new Finding("W-SIGN", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.WordingSignMismatch, where, amountWord + amount + "万元", m.Groups["pw"].Value + m.Groups["percent"].Value + "%"),
                    m.Groups["pw"].Value, null, [], paragraph.PositionAt(m.Index)));
            }

            if (requireReason && !ReasonWords().IsMatch(text))
            {
                findings.Add(new Finding("W-REASON", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.WordingReasonMissing, where, amountWord + amount + "万元"), null, null, [], paragraph.PositionAt(m.Index)));
            }
        }
    }

    private static bool Up(string word) => word is "增加" or "增长" or "上升";

    private static void CheckHeadings(IReadOnlyList<Paragraph> paragraphs, List<Finding> findings)
    {
        int? previous = null;
        string? previousText = null;
        paragraphs = [.. paragraphs.Where(p => !p.IsTableCell)];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var paragraph = paragraphs[i];
            var text = paragraph.Text;
            if (PartHeading().IsMatch(text))
            {
                previous = null;
                continue;
            }

            var m = TopHeading().Match(text);
            if (!m.Success || ChineseNumber(m.Groups["n"].Value) is not { } n)
            {
                continue;
            }

            // A heading directly followed by another top-level heading is a line of a 目录 or a title over a table,
            // not a section of the text: only headings with something under them count.
            if (i + 1 < paragraphs.Count && (TopHeading().IsMatch(paragraphs[i + 1].Text) || PartHeading().IsMatch(paragraphs[i + 1].Text)))
            {
                continue;
            }

            // A restart at 一 opens a new list (a new part, the 名词解释, an annex); any other jump is a gap or a repeat.
            if (previous is { } p && n != p + 1 && n != 1)
            {
                var where = Where(paragraph, 0);
                findings.Add(new Finding("W-HEADING", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.WordingHeadingJump, where, m.Value, previousText), m.Value, null, [], paragraph.PositionAt(0)));
            }

            previous = n;
            previousText = m.Value;
        }
    }

    private static int? ChineseNumber(string text)
    {
        const string Digits = "一二三四五六七八九";
        if (text == "十")
        {
            return 10;
        }

        if (text.Length == 1)
        {
            var d = Digits.IndexOf(text[0], StringComparison.Ordinal);
            return d >= 0 ? d + 1 : null;
        }

        if (text.Length == 2 && text[0] == '十')
        {
            var d = Digits.IndexOf(text[1], StringComparison.Ordinal);
            return d >= 0 ? 11 + d : null;
        }

        return null;
    }

    private static string Where(Paragraph paragraph, int offset) =>
        paragraph.PositionAt(offset).Line is { } line ? MessageCatalogue.Format(MessageCatalogue.ClaimLocation, line) : "";

    [GeneratedRegex(@"(?<aw>增加|减少)(?<amount>[0-9]+(?:\.[0-9]+)?)万元(?:[，,]\s*(?<pw>增长|下降|减少|增加)(?<percent>[0-9]+(?:\.[0-9]+)?)%)?")]
    private static partial Regex ChangeClause();

    [GeneratedRegex("原因|因为|由于|是为了|用于")]
    private static partial Regex ReasonWords();

    [GeneratedRegex(@"^(?<n>[一二三四五六七八九十]{1,2})、")]
    private static partial Regex TopHeading();

    [GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial Regex PartHeading();
}
