using Gongkai.Checks;
using Gongkai.Cli.Commands;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Cli.Output;

/// <summary>Prints findings for people: Chinese, per document, grouped by table, each with its location.</summary>
public static class TextFindingsWriter
{
    /// <summary>Writes every document's findings and rule summary.</summary>
    public static void Write(IReadOnlyList<AuditedDocument> documents, TextWriter output)
    {
        foreach (var d in documents)
        {
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.AuditDocumentHeader, d.Path));
            if (d.ReadError is not null)
            {
                output.WriteLine("  " + d.ReadError);
                output.WriteLine();
                continue;
            }

            var report = d.Report!;
            var result = d.Result!;
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.AuditUnitYear, report.Unit.Name, report.Year));
            var groups = result.Findings
                .OrderByDescending(f => f.Severity)
                .GroupBy(f => f.Cells.Count > 0 ? f.Cells[0].Table : (DisclosureTableKind?)null)
                .OrderBy(g => g.Key is null ? int.MaxValue : (int)g.Key);
            foreach (var group in groups)
            {
                var title = group.Key is { } kind ? TableTitle(report, kind) : MessageCatalogue.AuditOtherGroup;
                output.WriteLine($"  【{title}】");
                foreach (var f in group)
                {
                    var line = f.Source?.Line is { } l ? MessageCatalogue.Format(MessageCatalogue.AuditLine, l) : "";
                    output.WriteLine($"    [{MessageCatalogue.SeverityName(f.Severity)}] {f.RuleId} {line}{f.Message}");
                }
            }

            if (result.Findings.Count == 0)
            {
                output.WriteLine("  " + MessageCatalogue.AuditNoFindings);
            }

            if (d.Read is { Notes.Count: > 0 } read)
            {
                output.WriteLine("  " + MessageCatalogue.ReadingNotesHeader);
                var name = System.IO.Path.GetFileName(d.Path);
                foreach (var note in read.Notes)
                {
                    output.WriteLine("    " + Documents.Reading.SourcePositions.Describe(name, note));
                }
            }

            output.WriteLine("  " + Summary(result));
            output.WriteLine();
        }
    }

    /// <summary>The one-line rule and finding counts of a result.</summary>
    public static string Summary(CheckResult result) => MessageCatalogue.Format(
        MessageCatalogue.AuditSummary,
        result.Outcomes.Count,
        result.Count(RuleState.Passed), result.Count(RuleState.Failed), result.Count(RuleState.NotApplicable), result.Count(RuleState.InsufficientData),
        result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Notice));

    private static string TableTitle(UnitYearReport report, DisclosureTableKind kind)
    {
        var table = report.Table(kind);
        var template = Templates.TemplateLibrary.BuiltIn.For(report).Table(kind);
        var number = table?.Number ?? template?.Number ?? kind.ShortCode();
        var title = table?.Title ?? template?.Title ?? "";
        return $"{number} {title}".Trim();
    }
}
