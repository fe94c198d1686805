using System.Globalization;
using System.Text;
using Gongkai.Formatting;
using Gongkai.Model;
using Gongkai.Writing;

namespace Gongkai.Documents.Export;

/// <summary>
/// Writes the 部门决算公开 as one accessible HTML page (for the web app and for publishing): lang=zh-CN, one h1 (the
/// cover), h2 for the parts, h3 for 一、, h4 for （一）; a linked 目录; real tables with a caption, column headers
/// (th scope=col, spans as the official template) and row headers (th scope=row); no script at all (a
/// Content-Security-Policy forbids it), and every text HTML-escaped. The markup is well-formed XML (XHTML-compatible).
/// </summary>
public static class HtmlReportWriter
{
    /// <summary>Builds the document of a report and writes the page.</summary>
    public static string Write(UnitYearReport report, ExplanationOptions? options = null) =>
        Write(FinalAccountsDocumentBuilder.Build(report, options));

    /// <summary>The page.</summary>
    public static string Write(FinalAccountsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = new Dictionary<HeadingBlock, string>(ReferenceEqualityComparer.Instance);
        foreach (var heading in document.Blocks.OfType<HeadingBlock>())
        {
            ids[heading] = "s" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture);
        }

        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n<meta charset=\"utf-8\" />\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\" />\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        html.Append("<title>").Append(Escape(document.Title)).Append("</title>\n<style>\n").Append(Css()).Append("</style>\n</head>\n<body>\n<main>\n");

        var cover = document.Blocks.OfType<ParagraphBlock>().Where(p => p.Kind == ParagraphKind.Cover).ToList();
        if (cover.Count > 0)
        {
            html.Append("<header class=\"cover\"><h1>");
            // Line breaks between the cover's lines: a reader of the page without its style sheet (a screen reader's
            // text mode, a copy to text) must not run "2020年度" into the unit's name.
            html.AppendJoin("<br/>", cover.Select(p => "<span>" + Escape(p.Text) + "</span>"));
            html.Append("</h1></header>\n");
        }

        string? contentsTitle = null;
        var sectionOpen = false;
        var tableNumber = 0;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock { Kind: ParagraphKind.Cover }:
                    break;
                case ParagraphBlock { Kind: ParagraphKind.ContentsTitle } title:
                    contentsTitle = title.Text;
                    break;
                case TableOfContentsBlock contents:
                    html.Append("<nav aria-labelledby=\"toc\" class=\"toc\">\n<h2 id=\"toc\">").Append(Escape(contentsTitle ?? "目录")).Append("</h2>\n<ul>\n");
                    foreach (var entry in contents.Entries)
                    {
                        html.Append("<li class=\"toc").Append(entry.Level.ToString(CultureInfo.InvariantCulture)).Append("\"><a href=\"#")
                            .Append(ids[entry]).Append("\">").Append(Escape(entry.Text)).Append("</a></li>\n");
                    }

                    html.Append("</ul>\n</nav>\n");
                    break;
                case HeadingBlock heading:
                    if (heading.Level == 1)
                    {
                        if (sectionOpen)
                        {
                            html.Append("</section>\n");
                        }

                        html.Append("<section aria-labelledby=\"").Append(ids[heading]).Append("\">\n");
                        sectionOpen = true;
                    }

                    var tag = "h" + (heading.Level + 1).ToString(CultureInfo.InvariantCulture);
                    html.Append('<').Append(tag).Append(" id=\"").Append(ids[heading]).Append("\">").Append(Escape(heading.Text))
                        .Append("</").Append(tag).Append(">\n");
                    break;
                case ParagraphBlock paragraph:
                    html.Append(paragraph.Kind == ParagraphKind.TableNote ? "<p class=\"note\">" : "<p>")
                        .Append(Escape(paragraph.Text)).Append("</p>\n");
                    break;
                case TableBlock table:
                    tableNumber++;
                    Table(html, table.Table, tableNumber);
                    break;
            }
        }

        if (sectionOpen)
        {
            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, DocumentTable table, int number)
    {
        var id = "t" + number.ToString(CultureInfo.InvariantCulture);
        html.Append("<div class=\"table\">\n<table border=\"1\" aria-describedby=\"").Append(id).Append("-notes\">\n<caption><span class=\"title\">")
            .Append(Escape(table.Title)).Append("</span><span class=\"meta\"><span>部门：").Append(Escape(table.Department))
            .Append("</span><span>").Append(Escape(table.Number)).Append("　单位：万元</span></span></caption>\n<thead>\n");
        for (var r = 0; r < table.HeaderRowCount; r++)
        {
            html.Append("<tr>");
            foreach (var cell in table.Header.Where(h => h.Row == r).OrderBy(h => h.Column))
            {
                html.Append("<th scope=\"").Append(cell.ColumnSpan > 1 ? "colgroup" : "col").Append('"');
                if (cell.ColumnSpan > 1)
                {
                    html.Append(" colspan=\"").Append(cell.ColumnSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
                }

                if (cell.RowSpan > 1)
                {
                    html.Append(" rowspan=\"").Append(cell.RowSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
                }

                html.Append('>').Append(Escape(cell.Text)).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        html.Append("<tr class=\"numbers\"><th scope=\"row\" colspan=\"").Append(table.LeadingColumnCount.ToString(CultureInfo.InvariantCulture))
            .Append("\">栏次</th>");
        for (var c = 1; c <= table.DataColumnCount; c++)
        {
            html.Append("<td>").Append(c.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            html.Append("<tr><td class=\"code\">").Append(Escape(row.Code)).Append("</td><th scope=\"row\">").Append(Escape(row.Label)).Append("</th>");
            if (table.HasLineNumbers)
            {
                html.Append("<td class=\"line\">").Append(row.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? "").Append("</td>");
            }

            foreach (var value in row.Cells)
            {
                html.Append("<td class=\"num\">");
                if (value is { } v)
                {
                    html.Append(row.IsCount ? AmountFormat.Count(v) : AmountFormat.Amount(v));
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        if (table.EmptyStatement is not null)
        {
            html.Append("<tr><td class=\"code\"></td><th scope=\"row\" colspan=\"").Append((table.LeadingColumnCount - 1).ToString(CultureInfo.InvariantCulture))
                .Append("\">合计</th><td class=\"empty\" colspan=\"").Append(table.DataColumnCount.ToString(CultureInfo.InvariantCulture))
                .Append("\">此表无数据</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<div id=\"").Append(id).Append("-notes\" class=\"notes\">\n");
        foreach (var note in table.Notes)
        {
            html.Append("<p class=\"note\">").Append(Escape(note)).Append("</p>\n");
        }

        if (table.EmptyStatement is { } statement)
        {
            html.Append("<p class=\"note\">").Append(Escape(statement)).Append("</p>\n");
        }

        html.Append("</div>\n</div>\n");
    }

    /// <summary>Escapes text for element content and attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ when char.IsControl(c) && c is not '\n' and not '\t' => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string Css() =>
        $$"""
        body { margin: 0; background: #f4f4f4; color: #111; }
        main { max-width: 60rem; margin: 0 auto; padding: 2rem 2.5rem; background: #fff; font-family: {{DocumentFont.Body.CssFamily}}; font-size: 1.1rem; line-height: 1.9; }
        h1, h2 { font-family: {{DocumentFont.Title.CssFamily}}; font-weight: bold; text-align: center; }
        .cover h1 span { display: block; font-size: 2.2rem; line-height: 1.6; }
        .cover { padding: 4rem 0; }
        h3 { font-family: {{DocumentFont.Heading.CssFamily}}; font-size: 1.15rem; text-indent: 2em; margin: 1.2rem 0 0.4rem; }
        h4 { font-family: {{DocumentFont.Subheading.CssFamily}}; font-size: 1.1rem; text-indent: 2em; margin: 0.8rem 0 0.3rem; }
        p { text-indent: 2em; margin: 0.3rem 0; text-align: justify; }
        section { border-top: 1px solid #ccc; margin-top: 2rem; }
        .toc ul { list-style: none; padding: 0; }
        .toc li.toc2 { padding-left: 2em; }
        .table { overflow-x: auto; margin: 1rem 0 2rem; }
        table { border-collapse: collapse; width: 100%; font-family: {{DocumentFont.Table.CssFamily}}; font-size: 0.85rem; line-height: 1.4; }
        caption { caption-side: top; padding-bottom: 0.4rem; }
        caption .title { display: block; font-family: {{DocumentFont.Title.CssFamily}}; font-size: 1.3rem; font-weight: bold; }
        caption .meta { display: flex; justify-content: space-between; text-align: left; }
        th, td { border: 1px solid #333; padding: 0.15rem 0.35rem; }
        thead th, tr.numbers td, tr.numbers th { background: #f2f2f2; text-align: center; }
        tbody th { font-weight: normal; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.line, td.empty { text-align: center; }
        p.note { text-indent: 0; font-size: 0.85rem; }
        @media print { body { background: #fff; } main { max-width: none; padding: 0; } section { break-before: page; border: 0; } }

        """;
}
