using System.Globalization;
using System.Text;
using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Messages;

namespace Gongkai.Web.Rendering;

/// <summary>The findings of an audit as a table: severity, location, message, printed, expected, and the quoted line.</summary>
internal static class FindingsRenderer
{
    /// <summary>Appends the heading with the counts and the table (or a sentence when nothing was found).</summary>
    public static void Render(StringBuilder html, CheckResult result, IReadOnlyList<NarrativeLine> lines, bool linkPlaces = false)
    {
        var findings = result.Findings;
        html.Append("<section class=\"findings\" id=\"findings\">\n<h2>").Append(Html.Encode(MessageCatalogue.WebFindingsHeading)).Append("</h2>\n")
            .Append("<p class=\"summary\">").Append(Html.Encode(MessageCatalogue.Format(
                MessageCatalogue.WebFindingsCount, findings.Count, result.Count(Severity.Error), result.Count(Severity.Warning),
                result.Count(Severity.Notice), result.Outcomes.Count, result.Count(RuleState.Passed)))).Append("</p>\n");
        if (findings.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(MessageCatalogue.WebFindingsNone)).Append("</p>\n</section>\n");
            return;
        }

        var byLine = lines.Where(l => l.Position.Line is not null)
            .GroupBy(l => l.Position.Line!.Value).ToDictionary(g => g.Key, g => g.First().Text);
        html.Append("<table>\n<thead><tr>");
        foreach (var header in new[]
                 {
                     MessageCatalogue.WebFindingSeverity, MessageCatalogue.WebFindingLocation, MessageCatalogue.WebFindingMessage,
                     MessageCatalogue.WebFindingPrinted, MessageCatalogue.WebFindingExpected, MessageCatalogue.WebFindingQuote,
                 })
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        var number = 0;
        foreach (var f in findings)
        {
            number++;
            var severity = f.Severity.ToString().ToLowerInvariant();
            html.Append("<tr id=\"f-").Append(number).Append("\" class=\"").Append(severity).Append("\"><td><span class=\"severity ").Append(severity).Append("\">")
                .Append(Html.Encode(MessageCatalogue.SeverityName(f.Severity))).Append("</span></td><th scope=\"row\">")
                .Append(Html.Encode(f.Location));
            if (linkPlaces)
            {
                // A few cells are enough to find the place; a subtotal with twenty parts links its first ones.
                foreach (var cell in f.Cells.Distinct().Take(4))
                {
                    html.Append(" <a class=\"to-cell\" href=\"#").Append(Html.Encode(FindingIndex.CellId(cell))).Append("\">")
                        .Append(Html.Encode(cell.ToString())).Append("</a>");
                }

                if (f.Source?.Line is { } at)
                {
                    html.Append(" <a class=\"to-line\" href=\"#l-").Append(at.ToString(CultureInfo.InvariantCulture)).Append("\">")
                        .Append(Html.Encode(MessageCatalogue.PortalFindingGoTo)).Append("</a>");
                }
            }

            html.Append("</th><td>").Append(Html.Encode(f.Message)).Append("</td><td class=\"amount\">")
                .Append(Html.Encode(f.Printed)).Append("</td><td class=\"amount\">").Append(Html.Encode(f.Expected)).Append("</td><td>");
            if (f.Source?.Line is { } line)
            {
                html.Append("<span class=\"line\">").Append(Html.Encode(MessageCatalogue.Format(MessageCatalogue.WebFindingLine, line.ToString(CultureInfo.InvariantCulture)))).Append("</span>");
                if (byLine.TryGetValue(line, out var text))
                {
                    html.Append("<blockquote>").Append(Html.Encode(text)).Append("</blockquote>");
                }
            }

            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
