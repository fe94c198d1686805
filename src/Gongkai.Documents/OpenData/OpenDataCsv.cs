using System.Globalization;
using System.Text;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.OpenData;

/// <summary>
/// The open-data CSV of a report (docs/OPEN-DATA.md): one row per printed cell of every table, the 情况说明 figures (S)
/// included, with the unit, region, year, kind, table, row and column named, and the amount as printed (its scale
/// kept: 24.2 stays 24.2, 24.20 stays 24.20). Blank cells have no row: blank is not 0. UTF-8, CRLF rows, a header row.
/// </summary>
public static class OpenDataCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["unit", "region", "year", "kind", "table_code", "table_title", "row_key", "row_name", "column_number", "column_name", "amount"];

    /// <summary>The CSV text of <paramref name="report"/> (header included, no byte-order mark).</summary>
    public static string Write(UnitYearReport report, TemplateLibrary? templates = null)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, [.. Columns]);
        Append(csv, report, templates ?? TemplateLibrary.BuiltIn);
        return csv.ToString();
    }

    /// <summary>The CSV as UTF-8 bytes with a byte-order mark, so that spreadsheet programs read the Chinese right.</summary>
    public static byte[] WriteBytes(UnitYearReport report, TemplateLibrary? templates = null) =>
        Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Write(report, templates))).ToArray();

    /// <summary>Appends the rows of <paramref name="report"/> (no header) to <paramref name="csv"/>.</summary>
    public static void Append(StringBuilder csv, UnitYearReport report, TemplateLibrary templates)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(report);
        var set = templates.For(report);
        var unit = CsvText.Text(report.Unit.Name);
        var region = CsvText.Text(report.Unit.Region);
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var kind = report.Kind.ToString();
        foreach (var table in report.Tables)
        {
            var template = set.Table(table.Kind);
            var code = table.Kind.ShortCode();
            var title = CsvText.Text(table.Title ?? template?.Title);
            foreach (var row in table.Rows)
            {
                var key = CsvText.Text(row.Key);
                var name = CsvText.Text(row.Label ?? template?.FixedRow(row.Key)?.Label);
                var cells = row.Cells;
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is not { } amount)
                    {
                        continue;
                    }

                    var number = c + 1;
                    CsvText.AppendRow(csv, unit, region, year, kind, code, title, key, name,
                        number.ToString(CultureInfo.InvariantCulture), CsvText.Text(template?.Column(number)?.DisplayName),
                        amount.ToString(CultureInfo.InvariantCulture));
                }
            }
        }
    }
}
