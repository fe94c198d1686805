using System.Globalization;
using System.Text;
using Gongkai.Checks;
using Gongkai.Cli.Commands;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.OpenData;
using Gongkai.Messages;
using Gongkai.Supervision;

namespace Gongkai.Cli.Output;

/// <summary>
/// <c>gongkai audit --summary</c>: one line per document (unit, year, kinds, counts of errors, warnings and notices),
/// then the totals per rule (findings, documents) and the grand totals, as text, JSON or CSV.
/// </summary>
public static class AuditSummaryWriter
{
    /// <summary>Writes the summary in <paramref name="format"/> (text, json or csv).</summary>
    public static void Write(IReadOnlyList<AuditedDocument> documents, string format, TextWriter output)
    {
        var totals = RuleTotals.Of(documents.Where(d => d.Result is not null).Select(d => d.Result!));
        switch (format)
        {
            case "json":
                Json(documents, totals, output);
                break;
            case "csv":
                Csv(documents, totals, output);
                break;
            default:
                Text(documents, totals, output);
                break;
        }
    }

    private static string Unit(AuditedDocument d) => d.Report!.Unit.Name.Length > 0 ? d.Report.Unit.Name : MessageCatalogue.ReadingUnknownUnit;

    private static string Kinds(AuditedDocument d) => d.Read is { } read ? ParseCommand.KindNames(read)
        : d.Report!.Kind == Model.DisclosureKind.Budget ? MessageCatalogue.ReadingKindBudget : MessageCatalogue.ReadingKindFinalAccounts;

    private static void Text(IReadOnlyList<AuditedDocument> documents, IReadOnlyList<RuleTotal> totals, TextWriter output)
    {
        foreach (var d in documents)
        {
            if (d.ReadError is not null)
            {
                output.WriteLine(MessageCatalogue.Format(MessageCatalogue.ReadingAuditSummaryFailed, d.Path, d.ReadError));
                continue;
            }

            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.ReadingAuditSummaryLine, d.Path, Unit(d), d.Report!.Year, Kinds(d),
                d.Result!.Count(Severity.Error), d.Result.Count(Severity.Warning)));
        }

        output.WriteLine();
        output.WriteLine(MessageCatalogue.AuditRuleTotalsHeader);
        foreach (var t in totals)
        {
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.AuditRuleTotalLine, t.RuleId, t.Findings, t.Documents, t.Errors, t.Warnings, t.Notices));
        }

        var read = documents.Where(d => d.Result is not null).ToList();
        output.WriteLine(MessageCatalogue.Format(MessageCatalogue.AuditBatchTotals, documents.Count, documents.Count - read.Count,
            read.Sum(d => d.Result!.Count(Severity.Error)), read.Sum(d => d.Result!.Count(Severity.Warning)), read.Sum(d => d.Result!.Count(Severity.Notice)),
            read.Count(d => d.Result!.HasErrors)));
    }

    private static void Json(IReadOnlyList<AuditedDocument> documents, IReadOnlyList<RuleTotal> totals, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = AuditJson.CreateWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var d in documents)
            {
                w.WriteStartObject();
                w.WriteString("path", d.Path);
                if (d.ReadError is not null)
                {
                    w.WriteNull("unit");
                    w.WriteNull("year");
                    w.WriteString("error", d.ReadError);
                }
                else
                {
                    w.WriteString("unit", d.Report!.Unit.Name);
                    w.WriteNumber("year", d.Report.Year);
                    w.WriteString("kinds", Kinds(d));
                    w.WriteNumber("errors", d.Result!.Count(Severity.Error));
                    w.WriteNumber("warnings", d.Result.Count(Severity.Warning));
                    w.WriteNumber("notices", d.Result.Count(Severity.Notice));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("rules");
            foreach (var t in totals)
            {
                w.WriteStartObject();
                w.WriteString("rule", t.RuleId);
                w.WriteNumber("findings", t.Findings);
                w.WriteNumber("documents", t.Documents);
                w.WriteNumber("errors", t.Errors);
                w.WriteNumber("warnings", t.Warnings);
                w.WriteNumber("notices", t.Notices);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            var read = documents.Where(d => d.Result is not null).ToList();
            w.WriteStartObject("totals");
            w.WriteNumber("documents", documents.Count);
            w.WriteNumber("unreadable", documents.Count - read.Count);
            w.WriteNumber("documentsWithErrors", read.Count(d => d.Result!.HasErrors));
            w.WriteNumber("errors", read.Sum(d => d.Result!.Count(Severity.Error)));
            w.WriteNumber("warnings", read.Sum(d => d.Result!.Count(Severity.Warning)));
            w.WriteNumber("notices", read.Sum(d => d.Result!.Count(Severity.Notice)));
            w.WriteEndObject();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    // One table with a record column: "document" rows first, then "rule" rows, so that one file loads into one sheet.
    private static void Csv(IReadOnlyList<AuditedDocument> documents, IReadOnlyList<RuleTotal> totals, TextWriter output)
    {
        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, "record", "path", "unit", "year", "kinds", "rule", "findings", "documents", "errors", "warnings", "notices", "error");
        foreach (var d in documents)
        {
            if (d.ReadError is not null)
            {
                CsvText.AppendRow(csv, "document", CsvText.Text(d.Path), "", "", "", "", "", "", "", "", "", CsvText.Text(d.ReadError));
                continue;
            }

            var r = d.Result!;
            CsvText.AppendRow(csv, "document", CsvText.Text(d.Path), CsvText.Text(d.Report!.Unit.Name), N(d.Report.Year), CsvText.Text(Kinds(d)), "",
                N(r.Findings.Count), "", N(r.Count(Severity.Error)), N(r.Count(Severity.Warning)), N(r.Count(Severity.Notice)), "");
        }

        foreach (var t in totals)
        {
            CsvText.AppendRow(csv, "rule", "", "", "", "", CsvText.Text(t.RuleId), N(t.Findings), N(t.Documents), N(t.Errors), N(t.Warnings), N(t.Notices), "");
        }

        output.Write(csv.ToString());
    }
}
