using System.Text;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Web.Rendering;

/// <summary>
/// The tables of a report as accessible HTML tables: a caption with number and title, column headers from the
/// template (scope="col"), one row header per row (scope="row"). Amounts print exactly as stored (24.2 stays 24.2);
/// a blank cell stays blank. Stands in until the exporter's HTML writer is wired in.
/// </summary>
internal static class ReportTablesRenderer
{
    /// <summary>Appends every table of the report that has rows or an empty-table statement.</summary>
    public static void Render(StringBuilder html, UnitYearReport report, TemplateLibrary templates, FindingIndex? findings = null)
    {
        var set = templates.For(report);
        foreach (var table in report.Tables)
        {
            if (table.Rows.Count == 0 && table.EmptyStatement is null)
            {
                continue;
            }

            RenderTable(html, table, set.Table(table.Kind), findings);
        }
    }

    private static void RenderTable(StringBuilder html, DisclosureTable table, TableTemplate? template, FindingIndex? findings)
    {
        var number = table.Number ?? template?.Number ?? table.Kind.ShortCode();
        var title = table.Kind == DisclosureTableKind.ExplanationFigures
            ? MessageCatalogue.WebExplanationFigures
            : table.Title ?? template?.Title ?? "";
        var id = "table-" + table.Kind.ShortCode();
        var columns = ColumnsOf(table, template);

        html.Append("<section class=\"table\" id=\"").Append(id).Append("\">\n<table>\n<caption>")
            .Append(Html.Encode(number)).Append(' ').Append(Html.Encode(title))
            .Append("<span class=\"unit\">").Append(Html.Encode(MessageCatalogue.WebAmountUnit)).Append("</span></caption>\n<thead><tr><th scope=\"col\">")
            .Append(Html.Encode(MessageCatalogue.WebColumnItem)).Append("</th>");
        foreach (var (_, name) in columns)
        {
            html.Append("<th scope=\"col\">").Append(Html.Encode(name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        if (table.Rows.Count == 0)
        {
            html.Append("<tr><td colspan=\"").Append(columns.Count + 1).Append("\">")
                .Append(Html.Encode(table.EmptyStatement)).Append("</td></tr>\n");
        }

        foreach (var row in table.Rows)
        {
            var label = row.Label ?? template?.FixedRow(row.Key)?.Label ?? row.Key;
            html.Append("<tr><th scope=\"row\">");
            if (row.IsCoded)
            {
                html.Append("<span class=\"code\">").Append(Html.Encode(row.Key)).Append("</span> ");
            }

            html.Append(Html.Encode(label)).Append("</th>");
            foreach (var (column, _) in columns)
            {
                var cell = new CellRef(table.Kind, row.Key, column);
                var flagged = findings?.ForCell(cell);
                html.Append("<td id=\"").Append(Html.Encode(FindingIndex.CellId(cell))).Append('"');
                if (flagged is { Count: > 0 })
                {
                    html.Append(" class=\"amount flagged\" title=\"").Append(Html.Encode(MessageCatalogue.Format(
                        MessageCatalogue.PortalCellFlagged, string.Join("；", flagged.Select(f => f.Finding.Message))))).Append("\">");
                    foreach (var (findingNumber, _) in flagged)
                    {
                        html.Append("<a class=\"finding-ref\" href=\"#f-").Append(findingNumber).Append("\">").Append(findingNumber).Append("</a>");
                    }
                }
                else
                {
                    html.Append(" class=\"amount\">");
                }

                if (row.UnreadableCells.TryGetValue(column, out var printed))
                {
                    html.Append("<span class=\"unreadable\">").Append(Html.Encode(printed)).Append("</span>");
                }
                else if (row[column] is { } value)
                {
                    html.Append(Html.Encode(AmountFormat.Printed(value)));
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    // The template's columns; a table with no template (or cells beyond it) shows numbered columns instead.
    private static List<(int Number, string Name)> ColumnsOf(DisclosureTable table, TableTemplate? template)
    {
        var widest = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.ColumnCount);
        var columns = template?.Columns.Select(c => (c.Number, c.DisplayName)).ToList() ?? [];
        for (var n = columns.Count == 0 ? 1 : columns.Max(c => c.Number) + 1; n <= widest; n++)
        {
            if (table.Rows.Any(r => r[n] is not null || r.IsUnreadable(n)))
            {
                columns.Add((n, MessageCatalogue.Format(MessageCatalogue.WebColumnNumber, n)));
            }
        }

        return columns;
    }
}
