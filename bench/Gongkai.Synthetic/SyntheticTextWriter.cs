using System.Globalization;
using System.Text;
using Gongkai.Formatting;
using Gongkai.Model;
using Gongkai.Writing;

namespace Gongkai.Synthetic;

/// <summary>
/// Writes a report as a published text disclosure laid out like the seeds (../shared/seeds/001_…txt): cover,
/// 概况, the nine tables as tab-separated rows under their title, number, 部门 and 单位 lines, the 情况说明 and the
/// 名词解释. The text is what the document builder and the explanation writer produce, so it audits clean until an
/// error is injected (<see cref="SyntheticErrorInjector"/>).
/// </summary>
public static class SyntheticTextWriter
{
    /// <summary>The text of the whole 部门决算公开 of <paramref name="report"/>.</summary>
    public static string Write(UnitYearReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = FinalAccountsDocumentBuilder.Build(report);
        var text = new StringBuilder();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TableOfContentsBlock:
                    // Left out: a 目录 repeats the table titles, which a reader would take for the tables themselves.
                    break;
                case HeadingBlock heading:
                    text.Append(heading.Text).Append("\n\n");
                    break;
                case ParagraphBlock paragraph:
                    text.Append(paragraph.Text).Append("\n\n");
                    break;
                case TableBlock table:
                    Table(text, table.Table);
                    break;
            }
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, DocumentTable table)
    {
        text.Append(table.Title).Append("\n\n").Append(table.Number).Append('\n').Append("单位：万元\n\n")
            .Append("部门：").Append(table.Department).Append("\n\n");
        for (var r = 0; r < table.HeaderRowCount; r++)
        {
            var cells = new string[table.GridColumnCount];
            foreach (var cell in table.Header.Where(h => h.Row == r))
            {
                cells[cell.Column] = cell.Text;
            }

            text.AppendJoin('\t', cells.Select(c => c ?? "")).Append('\n');
        }

        text.Append("栏次").Append('\t', table.LeadingColumnCount);
        text.AppendJoin('\t', Enumerable.Range(1, table.DataColumnCount).Select(c => c.ToString(CultureInfo.InvariantCulture))).Append('\n');
        foreach (var row in table.Rows)
        {
            text.Append(row.Code).Append('\t').Append(row.Label);
            if (table.HasLineNumbers)
            {
                text.Append('\t').Append(row.LineNumber?.ToString(CultureInfo.InvariantCulture) ?? "");
            }

            foreach (var value in row.Cells)
            {
                text.Append('\t');
                if (value is { } v)
                {
                    text.Append(row.IsCount ? AmountFormat.Count(v) : AmountFormat.Amount(v));
                }
            }

            text.Append('\n');
        }

        if (table.EmptyStatement is { } statement)
        {
            text.Append("合计\t\t此表无数据\n\n").Append(statement).Append('\n');
        }

        text.Append('\n');
        foreach (var note in table.Notes)
        {
            text.Append(note).Append('\n');
        }

        text.Append('\n');
    }
}
