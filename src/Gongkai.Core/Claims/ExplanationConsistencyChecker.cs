using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Claims;

/// <summary>
/// Checks the 情况说明 of a report against its own tables: amounts the sentences attribute to a table cell
/// (rules/claims phrases) and the 人员经费 / 公用经费 item lists against the non-zero 款 of 公开06表 (DOMAIN.md §1.2).
/// Runs only where the report has the tables; a performance report without tables is left to the text checks.
/// </summary>
public sealed class ExplanationConsistencyChecker
{
    private static readonly string[] PersonnelClasses = ["301", "303"];
    private static readonly string[] OperatingClasses = ["302", "307", "309", "310", "312", "399"];

    private readonly UnitYearReport report;
    private readonly CellNaming naming;
    private readonly ClaimPhraseLibrary phrases;

    /// <summary>Creates a checker for a report.</summary>
    public ExplanationConsistencyChecker(UnitYearReport report, Templates.TemplateSet templates, ClaimPhraseLibrary? phrases = null)
    {
        this.report = report;
        naming = new CellNaming(report, templates);
        this.phrases = phrases ?? ClaimPhraseLibrary.BuiltIn;
    }

    /// <summary>Checks the running text.</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<NarrativeLine> lines) => Check(ParagraphJoiner.Join(lines));

    /// <summary>Checks text already joined into paragraphs (the auditor joins once for every checker).</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<Paragraph> paragraphs)
    {
        var findings = new List<Finding>();
        foreach (var paragraph in paragraphs)
        {
            var text = NumberScanner.Normalize(paragraph.Text);
            CheckAmounts(paragraph, text, findings);
            CheckItemList(paragraph, text, "人员经费", PersonnelClasses, findings);
            CheckItemList(paragraph, text, "公用经费", OperatingClasses, findings);
        }

        return findings;
    }

    private void CheckAmounts(Paragraph paragraph, string text, List<Finding> findings)
    {
        foreach (var token in NumberScanner.Scan(paragraph.Text))
        {
            if (token.Kind != NumberKind.Amount || token.IsChange || token.Unit is "亿元")
            {
                continue;
            }

            var match = Find(text, token.Start);
            if (match is null || Value(match.Cell) is not { } value)
            {
                continue;
            }

            var difference = token.Value - value;
            if (difference == 0)
            {
                continue;
            }

            var where = paragraph.Section is { } s ? $"{s} 第{paragraph.PositionAt(token.Start).Line}行" : $"第{paragraph.PositionAt(token.Start).Line}行";
            var severity = Math.Abs(difference) <= 0.01m ? Severity.Notice : Severity.Error;
            findings.Add(new Finding("N-TABLE", severity, where,
                MessageCatalogue.Format(MessageCatalogue.ClaimTableMismatch, where, match.Phrase, token.Printed, naming.Cell(match.Cell), AmountFormat.Amount(value)),
                token.Printed, AmountFormat.Amount(value), [match.Cell], paragraph.PositionAt(token.Start)));
        }
    }

    private ClaimPhrase? Find(string text, int amountStart)
    {
        foreach (var connector in phrases.Connectors)
        {
            var end = amountStart - connector.Length;
            if (end < 0 || string.CompareOrdinal(text, end, connector, 0, connector.Length) != 0)
            {
                continue;
            }

            foreach (var phrase in phrases.Phrases)
            {
                var start = end - phrase.Phrase.Length;
                if (start >= 0 && string.CompareOrdinal(text, start, phrase.Phrase, 0, phrase.Phrase.Length) == 0
                    && (start == 0 || !IsPartOfLongerName(text[start - 1])))
                {
                    return phrase;
                }
            }
        }

        return null;
    }

    // 基本支出 inside 一般公共预算财政拨款基本支出 is another figure: only a phrase that starts the name counts.
    private static bool IsPartOfLongerName(char before) => before is >= '\u4e00' and <= '\u9fff' && before is not ('的' or '中' or '其' or '年' or '度' or '计' or '为' or '和' or '及');

    private decimal? Value(CellRef cell)
    {
        var table = report.Table(cell.Table);
        return table is null || table.Rows.Count == 0 ? null : table[cell.RowKey, cell.Column] ?? (table.Find(cell.RowKey) is null ? null : 0m);
    }

    private void CheckItemList(Paragraph paragraph, string text, string subject, string[] classes, List<Finding> findings)
    {
        var t06 = report.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure);
        var at = text.IndexOf(subject, StringComparison.Ordinal);
        var list = at < 0 ? -1 : text.IndexOf("主要包括", at, StringComparison.Ordinal);
        if (t06 is null || t06.Rows.Count == 0 || list < 0)
        {
            return;
        }

        var end = text.IndexOfAny(['；', ';', '。'], list);
        var items = text[(list + 4)..(end < 0 ? text.Length : end)]
            .Split(['、', '，', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(i => i.Length > 0)
            .ToList();
        var rows = t06.Rows.Where(r => r.IsCoded && classes.Any(c => r.Key.StartsWith(c, StringComparison.Ordinal))).ToList();
        var listedRows = new HashSet<string>(StringComparer.Ordinal);
        var zeroItems = new List<string>();
        foreach (var item in items)
        {
            var match = BestMatch(item, rows);
            if (match is null)
            {
                continue;
            }

            listedRows.Add(match.Key);
            var value = match[1] ?? 0m;
            var classValue = match.Key.Length == 3 ? value : 0m;
            if (value == 0 && classValue == 0)
            {
                zeroItems.Add(item);
            }
        }

        var missing = rows
            .Where(r => r.Key.Length == 5 && (r[1] ?? 0m) != 0 && !listedRows.Contains(r.Key) && !listedRows.Contains(r.Key[..3]))
            .Select(r => $"{r.Label}（{r.Key}）{AmountFormat.Amount(r[1]!.Value)}万元")
            .ToList();
        var where = paragraph.Section is { } s ? $"{s} 第{paragraph.PositionAt(list).Line}行" : $"第{paragraph.PositionAt(list).Line}行";
        if (missing.Count > 0)
        {
            findings.Add(new Finding("N-ITEMS", Severity.Warning, where,
                MessageCatalogue.Format(MessageCatalogue.ClaimItemsMissing, where, subject, string.Join("、", missing)),
                null, string.Join("、", missing), [], paragraph.PositionAt(list)));
        }

        if (zeroItems.Count > 0)
        {
            findings.Add(new Finding("N-ITEMS", Severity.Warning, where,
                MessageCatalogue.Format(MessageCatalogue.ClaimItemsZero, where, subject, string.Join("、", zeroItems)),
                string.Join("、", zeroItems), null, [], paragraph.PositionAt(list)));
        }
    }

    /// <summary>The 06表 row an item names: the same name, else the closest containing or nearly equal one.</summary>
    private static TableRow? BestMatch(string item, List<TableRow> rows)
    {
        var wanted = Simplify(item);
        if (wanted.Length < 2)
        {
            return null;
        }

        TableRow? best = null;
        var bestScore = int.MaxValue;
        foreach (var row in rows)
        {
            var name = Simplify(row.Label ?? "");
            var score = name == wanted ? 0
                : name.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(name, StringComparison.Ordinal) ? 1 + Math.Abs(name.Length - wanted.Length)
                : row.Key.Length == 5 && name.Length >= 4 && Near(name, wanted) ? 10
                : int.MaxValue;

            // On a tie a 款 is the better reading than its 类: naming the 类 would cover all its 款.
            if (score < bestScore || (score == bestScore && score != int.MaxValue && best is not null && row.Key.Length > best.Key.Length))
            {
                best = row;
                bestScore = score;
            }
        }

        return best;
    }

    private static string Simplify(string name)
    {
        var n = ClassificationNames.Normalize(name).Replace("费用", "费", StringComparison.Ordinal);
        return n.EndsWith("支出", StringComparison.Ordinal) && n.Length > 3 ? n[..^2] : n;
    }

    private static bool Near(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        var common = a.Intersect(b).Count();
        return common >= Math.Max(a.Length, b.Length) - 2;
    }
}
