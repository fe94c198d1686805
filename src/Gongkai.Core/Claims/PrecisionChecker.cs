using Gongkai.Checks;
using Gongkai.Messages;

namespace Gongkai.Claims;

/// <summary>
/// W-PRECISION (DOMAIN.md §1.2): a document prints its percentages with one precision, 1 or 2 decimals throughout.
/// Whole percentages (100%) are left alone: documents at 1 decimal still write "100%" for a complete execution. The
/// precision most of the sentences use is the document's; each percentage printed otherwise is a warning (on a tie,
/// the finer precision is taken, since the coarser one hides the difference). Table cells are not sentences and are
/// not counted.
/// </summary>
public static class PrecisionChecker
{
    /// <summary>The rule id.</summary>
    public const string RuleId = "W-PRECISION";

    /// <summary>Findings for percentages printed with a precision other than the document's.</summary>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<Paragraph> paragraphs)
    {
        var percents = paragraphs.Where(p => !p.IsTableCell)
            .SelectMany(p => NumberScanner.Scan(p.Text).Where(t => t.Kind == NumberKind.Percent && t.Decimals > 0).Select(t => (Paragraph: p, Token: t)))
            .ToList();
        var groups = percents.GroupBy(x => x.Token.Decimals).ToList();
        if (groups.Count < 2)
        {
            return [];
        }

        var chosen = groups.OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var example = percents.First(x => x.Token.Decimals == chosen);
        var findings = new List<Finding>();
        foreach (var (paragraph, token) in percents.Where(x => x.Token.Decimals != chosen))
        {
            var line = paragraph.PositionAt(token.Start).Line;
            var where = line is { } l ? MessageCatalogue.Format(MessageCatalogue.ClaimLocation, l) : "";
            var exampleLine = example.Paragraph.PositionAt(example.Token.Start).Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?";
            findings.Add(new Finding(RuleId, Severity.Warning, where,
                MessageCatalogue.Format(MessageCatalogue.WordingPrecision, where, token.Printed + "%", token.Decimals, chosen, exampleLine, example.Token.Printed + "%"),
                token.Printed + "%", MessageCatalogue.Format(MessageCatalogue.WordingPrecisionExpected, chosen), [], paragraph.PositionAt(token.Start)));
        }

        return findings;
    }
}
