using System.Text.RegularExpressions;
using Gongkai.Checks;
using Gongkai.Messages;

namespace Gongkai.Claims;

/// <summary>
/// Wording a reviewer also looks for (DOMAIN.md §1.2): the unit's place name written the same everywhere (涪口 for
/// 渌口), and words written twice (发展发展). Both are warnings: they do not change a figure.
/// </summary>
public sealed partial class WordingChecker
{
    private readonly string? placeName;

    /// <summary>Creates a checker for a unit (its name gives the place name, e.g. 渌口 of 株洲市渌口区人大常委会).</summary>
    public WordingChecker(string unitName)
    {
        var places = PlacePattern().Matches(unitName).Select(m => m.Groups["name"].Value).ToList();
        placeName = places.Count > 0 ? places[^1] : null;
    }

    /// <summary>Checks the running text.</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<NarrativeLine> lines) => Check(ParagraphJoiner.Join(lines));

    /// <summary>Checks text already joined into paragraphs (the auditor joins once for every checker).</summary>
    public IReadOnlyList<Finding> Check(IReadOnlyList<Paragraph> paragraphs)
    {
        var findings = new List<Finding>();
        var variants = placeName is null ? [] : PlaceVariants(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            foreach (var variant in variants)
            {
                for (var at = paragraph.Text.IndexOf(variant, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(variant, at + 1, StringComparison.Ordinal))
                {
                    var where = Where(paragraph, at);
                    findings.Add(new Finding("W-PLACE", Severity.Warning, where,
                        MessageCatalogue.Format(MessageCatalogue.WordingPlaceName, where, variant, placeName), variant, placeName, [], paragraph.PositionAt(at)));
                }
            }

            CheckMisspellings(paragraph, findings);

            foreach (Match m in Repeated().Matches(paragraph.Text))
            {
                var where = Where(paragraph, m.Index);
                findings.Add(new Finding("W-REPEAT", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.WordingRepeated, where, m.Value), m.Value, m.Groups["word"].Value, [], paragraph.PositionAt(m.Index)));
            }
        }

        return findings;
    }

    /// <summary>
    /// Names one character off the place name that the text uses as a place (followed by 区/县/市 somewhere): only
    /// those, so that ordinary words sharing a character (人口, 出口) are never taken for misspellings.
    /// </summary>
    private static void CheckMisspellings(Paragraph paragraph, List<Finding> findings)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var (wrong, right) in MisspellingList.BuiltIn.Entries)
        {
            for (var at = paragraph.Text.IndexOf(wrong, StringComparison.Ordinal); at >= 0; at = paragraph.Text.IndexOf(wrong, at + wrong.Length, StringComparison.Ordinal))
            {
                // A shorter entry inside a longer one already reported is the same slip.
                if (taken.Any(t => at < t.End && at + wrong.Length > t.Start))
                {
                    continue;
                }

                taken.Add((at, at + wrong.Length));
                var where = Where(paragraph, at);
                findings.Add(new Finding("W-TYPO", Severity.Warning, where,
                    MessageCatalogue.Format(MessageCatalogue.WordingMisspelled, where, wrong, right), wrong, right, [], paragraph.PositionAt(at)));
            }
        }
    }

    private List<string> PlaceVariants(IReadOnlyList<Paragraph> paragraphs)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            foreach (Match m in PlacePattern().Matches(paragraph.Text))
            {
                var name = m.Groups["name"].Value;
                if (name.Length == placeName!.Length && name != placeName && name.Where((c, i) => c != placeName[i]).Count() == 1)
                {
                    found.Add(name);
                }
            }
        }

        return [.. found];
    }

    private static string Where(Paragraph paragraph, int offset) =>
        paragraph.PositionAt(offset).Line is { } line ? MessageCatalogue.Format(MessageCatalogue.ClaimLocation, line) : "";

    [GeneratedRegex(@"(?<name>\p{IsCJKUnifiedIdeographs}{2})(?:区|县)(?!\p{IsCJKUnifiedIdeographs}{0,1}[级委])")]
    private static partial Regex PlacePattern();

    [GeneratedRegex(@"(?<word>\p{IsCJKUnifiedIdeographs}{2,4})\k<word>")]
    private static partial Regex Repeated();
}
