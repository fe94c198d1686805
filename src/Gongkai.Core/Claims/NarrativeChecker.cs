using System.Text.RegularExpressions;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Formatting;
using Gongkai.Messages;

namespace Gongkai.Claims;

/// <summary>
/// Checks the figures that sentences assert against the other figures of the same text (DOMAIN.md §4): growth over last
/// year's figure (上年 = 本年 ∓ 变动额, never 本年), shares of the right denominator, completion of the budget, units
/// (万元), and subject names against the classification. A percentage is judged at the precision it is printed with,
/// from the printed amounts, so that "4.5%" for 4.59% is wrong while "65%" for 64.73% is right.
/// </summary>
public sealed partial class NarrativeChecker
{
    private readonly ClassificationCatalogue catalogue;
    private readonly int year;

    // The functional 类 of the year, listed once per checker rather than once per subject name found.
    private readonly Lazy<List<ClassificationEntry>> functionalClasses;

    /// <summary>Creates a checker.</summary>
    public NarrativeChecker(ClassificationCatalogue catalogue, int year)
    {
        this.catalogue = catalogue;
        this.year = year;
        functionalClasses = new(() => catalogue.Entries
            .Where(e => e.Scheme == ClassificationScheme.Functional && e.Level == ClassificationLevel.Class && e.Covers(year)).ToList());
    }

    /// <summary>Checks the running text of a document.</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<NarrativeLine> lines) => Check(ParagraphJoiner.Join(lines));

    /// <summary>Checks text already joined into paragraphs (the auditor joins once for every checker).</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<Paragraph> paragraphs)
    {
        var scanned = paragraphs.Select(p => (Paragraph: p, Tokens: NumberScanner.Scan(p.Text), Text: NumberScanner.Normalize(p.Text))).ToList();
        var findings = new List<Finding>();
        var wanValues = scanned.SelectMany(s => s.Tokens).Where(t => t.Unit == "万元").Select(t => t.Value).ToHashSet();
        var amounts = scanned.SelectMany(s => s.Tokens).Count(t => t.Kind == NumberKind.Amount);
        for (var i = 0; i < scanned.Count; i++)
        {
            var (paragraph, tokens, text) = scanned[i];
            for (var k = 0; k < tokens.Count; k++)
            {
                var token = tokens[k];
                if (token.Kind == NumberKind.Percent)
                {
                    CheckPercent(scanned, i, k, findings);
                }
                else
                {
                    CheckUnit(paragraph, token, wanValues, amounts, findings);
                }
            }

            CheckSubjectNames(paragraph, text, findings);
        }

        return findings;
    }

    private void CheckPercent(List<(Paragraph Paragraph, IReadOnlyList<NumberToken> Tokens, string Text)> scanned, int p, int k, List<Finding> findings)
    {
        var (paragraph, tokens, text) = scanned[p];
        var percent = tokens[k];
        var clauseStart = Math.Max(LastIndexOfAny(text, percent.Start, "，,；;。：:"), 0);
        var prefix = text[clauseStart..percent.Start];
        var previousPercent = tokens.Take(k).LastOrDefault(t => t.Kind == NumberKind.Percent)?.End ?? 0;
        var group = tokens.Take(k).Where(t => t.Kind == NumberKind.Amount && t.Start >= previousPercent).ToList();
        var before = tokens.Take(k).Where(t => t.Kind == NumberKind.Amount).ToList();

        if (prefix.Contains("完成", StringComparison.Ordinal))
        {
            var budget = before.LastOrDefault(t => Label(text, t).Contains("预算", StringComparison.Ordinal) && !Label(text, t).Contains("决算", StringComparison.Ordinal) && !t.IsChange);
            var actual = before.LastOrDefault(t => t != budget && !t.IsChange && (Label(text, t).Contains("决算", StringComparison.Ordinal) || Label(text, t).Contains("执行", StringComparison.Ordinal)));
            if (budget is null || actual is null)
            {
                return;
            }

            if (budget.Value == 0)
            {
                Add(findings, "N-COMPLETION", Severity.Warning, paragraph, percent, MessageCatalogue.ClaimCompletionBaseZero, null, percent.Printed + "%");
                return;
            }

            Judge(findings, "N-COMPLETION", paragraph, percent, actual.Value / budget.Value, ratio => MessageCatalogue.Format(
                MessageCatalogue.ClaimCompletionWrong, Where(paragraph, percent), percent.Printed + "%", actual.Printed, budget.Printed, ratio));
            return;
        }

        if (ChangeEnding().Match(prefix) is { Success: true } change)
        {
            var delta = group.LastOrDefault(t => t.IsChange);
            if (delta is null)
            {
                return;
            }

            // "本年支出合计3036.64万元，其中…项目支出18.48万元。与上年相比，本年支出合计减少437.13万元": the change names its
            // subject, whose amount is the one stated for that subject, not the nearest one.
            var subject = SubjectOfChange().Match(text[Math.Max(LastIndexOfAny(text, delta.Start, "，,；;。：:"), 0)..delta.Start]).Groups["subject"].Value;
            var named = subject.Length >= 2
                ? before.LastOrDefault(t => t.Start < delta.Start && !t.IsChange && !t.InParentheses && Label(text, t).Contains(subject, StringComparison.Ordinal))
                : null;
            var current = named ?? before.LastOrDefault(t => t.Start < delta.Start && !t.IsChange && !t.InParentheses)
                ?? PreviousParagraphAmount(scanned, p);
            if (current is null)
            {
                return;
            }

            var word = text[Math.Max(0, delta.Start - 2)..delta.Start];
            var up = !word.Contains("减", StringComparison.Ordinal) && !word.Contains("降", StringComparison.Ordinal) && !word.Contains('少');
            var prior = up ? current.Value - delta.Value : current.Value + delta.Value;
            if (prior == 0)
            {
                Add(findings, "N-GROWTH", Severity.Warning, paragraph, percent, MessageCatalogue.ClaimGrowthBaseZero, null, change.Value + percent.Printed + "%");
                return;
            }

            if (prior < 0)
            {
                return;
            }

            Judge(findings, "N-GROWTH", paragraph, percent, delta.Value / prior, ratio => MessageCatalogue.Format(
                MessageCatalogue.ClaimGrowthWrong, Where(paragraph, percent), change.Groups[1].Value, percent.Printed + "%", delta.Printed,
                current.Printed, up ? "−" : "＋", AmountFormat.Amount(prior), ratio));
            return;
        }

        if (prefix.Contains('占'))
        {
            var part = group.LastOrDefault(t => !t.IsChange);
            if (part is null)
            {
                return;
            }

            NumberToken? total = null;
            if (NamedDenominator().Match(prefix) is { Success: true } named)
            {
                var name = named.Groups["name"].Value.Trim();
                total = before.LastOrDefault(t => t.Start < part.Start && Label(text, t).Contains(name, StringComparison.Ordinal))
                    ?? NamedInEarlierParagraphs(scanned, p, name);
            }

            var series = total is null ? ShareSeries(text, tokens) : null;
            // Without a named base the base is the first larger amount before the part, never the part itself nor
            // another part that has a share of its own (that would be a guess between two items of one list).
            var shareParts = total is null ? ShareParts(text, tokens) : [];
            total ??= before.FirstOrDefault(t => !t.IsChange && t.Value >= part.Value && t.Start < part.Start && !shareParts.Contains(t));
            if (total is null && series is null)
            {
                return;
            }
            if (series is { } shares && shares.Parts.Contains(part) && (total is null || shares.Parts.Contains(total)))
            {
                // Shares listed together without their total ("因公出国（境）费…占0.0%；公务接待费18.39万元，占9.2%；…") are
                // shares of their sum: the amount before a share is another part, never the base.
                if (shares.Sum == 0)
                {
                    return;
                }

                var finestInSeries = tokens.Where(t => t.Kind == NumberKind.Percent).Max(t => t.Decimals);
                var sum = AmountFormat.Amount(shares.Sum);
                Judge(findings, "N-SHARE", paragraph, percent, part.Value / shares.Sum, ratio => MessageCatalogue.Format(
                    MessageCatalogue.ClaimShareWrong, Where(paragraph, percent), percent.Printed + "%", part.Printed, sum, ratio), finestInSeries);
                return;
            }

            if (total is null || total.Value == 0)
            {
                return;
            }

            // Shares listed together should add to 100% at one precision: show the expected value at the finest
            // precision the paragraph's percentages use (0.0% beside 0.00% → 27.40%).
            var finest = tokens.Where(t => t.Kind == NumberKind.Percent).Max(t => t.Decimals);
            Judge(findings, "N-SHARE", paragraph, percent, part.Value / total.Value, ratio => MessageCatalogue.Format(
                MessageCatalogue.ClaimShareWrong, Where(paragraph, percent), percent.Printed + "%", part.Printed, total.Printed, ratio), finest);
        }
    }

    /// <summary>
    /// A printed percentage is right when it is the ratio rounded half-up at the printed precision; a hair of slack
    /// covers units who divided unrounded amounts. The expected value is shown with at least one decimal.
    /// </summary>
    private static void Judge(List<Finding> findings, string rule, Paragraph paragraph, NumberToken percent, decimal ratio, Func<string, string> message)
        => Judge(findings, rule, paragraph, percent, ratio, message, percent.Decimals);

    private static void Judge(List<Finding> findings, string rule, Paragraph paragraph, NumberToken percent, decimal ratio, Func<string, string> message, int shownDecimals)
    {
        var exact = ratio * 100m;
        var unit = Pow10(-percent.Decimals);
        if (Math.Abs(percent.Value - exact) <= unit / 2 + 0.005m)
        {
            return;
        }

        var expected = AmountFormat.Percent(ratio, Math.Max(shownDecimals, 1));
        findings.Add(new Finding(rule, Severity.Error, Where(paragraph, percent), message(expected), percent.Printed + "%", expected, [], paragraph.PositionAt(percent.Start)));
    }

    private static void Add(List<Finding> findings, string rule, Severity severity, Paragraph paragraph, NumberToken token, string template, string? expected, string printed)
    {
        findings.Add(new Finding(rule, severity, Where(paragraph, token), MessageCatalogue.Format(template, Where(paragraph, token), printed),
            printed, expected, [], paragraph.PositionAt(token.Start)));
    }

    private static void CheckUnit(Paragraph paragraph, NumberToken token, HashSet<decimal> wanValues, int amounts, List<Finding> findings)
    {
        var where = Where(paragraph, token);
        if (token.Unit == "元" && wanValues.Count > 0)
        {
            if (wanValues.Contains(token.Value))
            {
                findings.Add(new Finding("N-UNIT", Severity.Error, where, MessageCatalogue.Format(MessageCatalogue.ClaimUnitYuan, where, token.Printed),
                    token.Printed + "元", token.Printed + "万元", [], paragraph.PositionAt(token.Start)));
            }
            else if (wanValues.Count * 5 >= amounts * 4)
            {
                findings.Add(new Finding("N-UNIT", Severity.Warning, where, MessageCatalogue.Format(MessageCatalogue.ClaimUnitYuanLikely, where, token.Printed),
                    token.Printed + "元", token.Printed + "万元", [], paragraph.PositionAt(token.Start)));
            }
        }
        else if (token.Unit == "万")
        {
            findings.Add(new Finding("N-UNIT", Severity.Warning, where, MessageCatalogue.Format(MessageCatalogue.ClaimUnitBareWan, where, token.Printed),
                token.Printed + "万", token.Printed + "万元", [], paragraph.PositionAt(token.Start)));
        }
    }

    private void CheckSubjectNames(Paragraph paragraph, string text, List<Finding> findings)
    {
        foreach (Match m in SubjectClass().Matches(text))
        {
            var classes = functionalClasses.Value;
            var printed = m.Groups["name"].Value;
            if (classes.Any(c => ClassificationNames.Matches(printed + "（类）", c.Name) || ClassificationNames.Matches(printed, c.Name)))
            {
                continue;
            }

            var nearest = classes
                .Select(c => (Entry: c, Short: c.Name.EndsWith("支出", StringComparison.Ordinal) ? c.Name[..^2] : c.Name))
                .Select(c => (c.Entry, c.Short, Distance: Distance(printed, c.Short)))
                .OrderBy(c => c.Distance)
                .FirstOrDefault();
            if (nearest.Entry is null || nearest.Distance > Math.Max(2, printed.Length / 3))
            {
                continue;
            }

            var where = Where(paragraph, m.Index);
            findings.Add(new Finding("N-SUBJECT", Severity.Error, where,
                MessageCatalogue.Format(MessageCatalogue.ClaimSubjectUnknown, where, printed, "类", nearest.Short),
                printed + "（类）", nearest.Short + "（类）", [], paragraph.PositionAt(m.Index)));
        }
    }

    private static NumberToken? PreviousParagraphAmount(List<(Paragraph Paragraph, IReadOnlyList<NumberToken> Tokens, string Text)> scanned, int p) =>
        p > 0 ? scanned[p - 1].Tokens.LastOrDefault(t => t.Kind == NumberKind.Amount && !t.IsChange && !t.InParentheses) : null;

    private static NumberToken? NamedInEarlierParagraphs(List<(Paragraph Paragraph, IReadOnlyList<NumberToken> Tokens, string Text)> scanned, int p, string name)
    {
        for (var i = p - 1; i >= 0; i--)
        {
            var found = scanned[i].Tokens.FirstOrDefault(t => t.Kind == NumberKind.Amount && !t.IsChange && Label(scanned[i].Text, t).Contains(name, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The words just before a number (up to the previous punctuation, at most 12 characters).</summary>
    // The amounts that have a share of their own ("<amount>万元，占<p>%" with no named base).
    private static HashSet<NumberToken> ShareParts(string text, IReadOnlyList<NumberToken> tokens)
    {
        var parts = new HashSet<NumberToken>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != NumberKind.Percent)
            {
                continue;
            }

            var prefix = text[Math.Max(LastIndexOfAny(text, t.Start, "，,；;。：:"), 0)..t.Start];
            if (prefix.Contains('占') && !NamedDenominator().IsMatch(prefix)
                && tokens.Take(k).LastOrDefault(a => a.Kind == NumberKind.Amount && !a.IsChange) is { } part)
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    // The shares of one sentence printed as "<amount>万元，占<p>%" with no named base, when their percentages add up to
    // 100 (within the rounding of each): then they are the parts of one whole. Null when they are not such a series.
    private static (List<NumberToken> Parts, decimal Sum)? ShareSeries(string text, IReadOnlyList<NumberToken> tokens)
    {
        var parts = new List<NumberToken>();
        var percents = new List<NumberToken>();
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind != NumberKind.Percent)
            {
                continue;
            }

            var clauseStart = Math.Max(LastIndexOfAny(text, t.Start, "，,；;。：:"), 0);
            var prefix = text[clauseStart..t.Start];
            if (!prefix.Contains('占') || NamedDenominator().IsMatch(prefix))
            {
                continue;
            }

            var part = tokens.Take(k).LastOrDefault(a => a.Kind == NumberKind.Amount && !a.IsChange);
            if (part is null || (percents.Count > 0 && text.IndexOf('。', percents[^1].End) is >= 0 and var stop && stop < t.Start))
            {
                continue;
            }

            parts.Add(part);
            percents.Add(t);
        }

        if (parts.Count < 2 || parts.Distinct().Count() != parts.Count)
        {
            return null;
        }

        var printed = percents.Sum(t => t.Value);
        var slack = percents.Sum(t => 0.5m * Pow10(-t.Decimals)) + 0.01m;
        return Math.Abs(printed - 100m) <= slack ? (parts, parts.Sum(t => t.Value)) : null;
    }

    private static string Label(string text, NumberToken token)
    {
        var start = Math.Max(LastIndexOfAny(text, token.Start, "，,；;。：:、（(）)%"), token.Start - 12);
        return text[Math.Max(start, 0)..token.Start];
    }

    private static int LastIndexOfAny(string text, int before, string chars)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (chars.Contains(text[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static string Where(Paragraph paragraph, NumberToken token) => Where(paragraph, token.Start);

    private static string Where(Paragraph paragraph, int offset)
    {
        var position = paragraph.PositionAt(offset);
        var line = position.Line is { } l ? MessageCatalogue.Format(MessageCatalogue.ClaimLocation, l) : "";
        return paragraph.Section is { } s ? $"{s} {line}".Trim() : line;
    }

    private static decimal Pow10(int exponent)
    {
        var r = 1m;
        for (var i = 0; i < -exponent; i++)
        {
            r /= 10m;
        }

        return r;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"(增长|下降|减少|增加|上升)了?\s*$")]
    private static partial Regex ChangeEnding();

    [GeneratedRegex(@"(?<subject>[\p{IsCJKUnifiedIdeographs}“”（）()]{2,20}?)(?:比上年|较上年)?(?:增长|下降|减少|增加|上升)了?\s*$")]
    private static partial Regex SubjectOfChange();

    [GeneratedRegex(@"占(?<name>[^占，,；;。%0-9]{1,12}?)的\s*$")]
    private static partial Regex NamedDenominator();

    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2,20})[（(]类[）)]")]
    private static partial Regex SubjectClass();
}
