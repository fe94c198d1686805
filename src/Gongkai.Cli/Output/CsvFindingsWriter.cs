using System.Globalization;
using System.Text;
using Gongkai.Cli.Commands;
using Gongkai.Documents.OpenData;

namespace Gongkai.Cli.Output;

/// <summary><c>gongkai audit --format csv</c>: one row per finding (an unreadable input is one row with its error).</summary>
public static class CsvFindingsWriter
{
    /// <summary>Writes the findings of every document.</summary>
    public static void Write(IReadOnlyList<AuditedDocument> documents, TextWriter output)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, "path", "unit", "year", "rule", "severity", "line", "location", "printed", "expected", "message", "error");
        foreach (var d in documents)
        {
            if (d.ReadError is not null)
            {
                CsvText.AppendRow(csv, CsvText.Text(d.Path), "", "", "", "", "", "", "", "", "", CsvText.Text(d.ReadError));
                continue;
            }

            var year = d.Report!.Year.ToString(CultureInfo.InvariantCulture);
            foreach (var f in d.Result!.Findings)
            {
                CsvText.AppendRow(csv, CsvText.Text(d.Path), CsvText.Text(d.Report.Unit.Name), year, CsvText.Text(f.RuleId),
                    f.Severity.ToString().ToLowerInvariant(), f.Source?.Line?.ToString(CultureInfo.InvariantCulture) ?? "",
                    CsvText.Text(f.Location), CsvText.Text(f.Printed), CsvText.Text(f.Expected), CsvText.Text(f.Message), "");
            }
        }

        output.Write(csv.ToString());
    }
}
