using Gongkai.Checks;
using Gongkai.Cli.Output;
using Gongkai.Classification;
using Gongkai.Documents;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Reading;
using Gongkai.Messages;
using Gongkai.Templates;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai audit FILE|DIR... [--format text|json] [--summary]</c>: reads every input (canonical JSON or a published
/// document: text, PDF, Word, Excel), runs every check, prints the findings; --summary prints one line per document.
/// </summary>
public static class AuditCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--format", "-f", .. CatalogueOption.Names], ["--summary"]);
        InputFiles.RequireSome(parsed.Positional, "FILE（要审核的文件或目录）");
        var format = parsed.Value("--format", "-f") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--format", format, "text, json"));
        }

        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, CatalogueOption.Resolve(parsed));
        var auditor = new PublishedDocumentAuditor(engine, TemplateLibrary.BuiltIn);
        var documents = new List<AuditedDocument>();
        foreach (var path in InputFiles.Expand(parsed.Positional))
        {
            documents.Add(Audit(path, auditor));
        }

        if (parsed.Has("--summary"))
        {
            WriteSummary(documents, stdout);
        }
        else if (format == "json")
        {
            JsonFindingsWriter.Write(documents, stdout);
        }
        else
        {
            TextFindingsWriter.Write(documents, stdout);
        }

        foreach (var d in documents.Where(d => d.ReadError is not null))
        {
            stderr.WriteLine(d.ReadError);
        }

        return documents.Any(d => d.ReadError is not null) ? ExitCodes.InputError
            : documents.Any(d => d.Result!.HasErrors) ? ExitCodes.Findings
            : ExitCodes.Ok;
    }

    private static AuditedDocument Audit(string path, PublishedDocumentAuditor auditor)
    {
        try
        {
            var audited = auditor.Audit(path);
            return new AuditedDocument(path, audited.Report, audited.Result, null, audited.Read);
        }
        catch (DocumentReadException e)
        {
            return new AuditedDocument(path, null, null, e.Message);
        }
    }

    private static void WriteSummary(IReadOnlyList<AuditedDocument> documents, TextWriter stdout)
    {
        foreach (var d in documents)
        {
            if (d.ReadError is not null)
            {
                stdout.WriteLine(MessageCatalogue.Format(MessageCatalogue.ReadingAuditSummaryFailed, d.Path, d.ReadError));
                continue;
            }

            var unit = d.Report!.Unit.Name.Length > 0 ? d.Report.Unit.Name : MessageCatalogue.ReadingUnknownUnit;
            var kinds = d.Read is { } read ? ParseCommand.KindNames(read)
                : d.Report.Kind == Model.DisclosureKind.Budget ? MessageCatalogue.ReadingKindBudget : MessageCatalogue.ReadingKindFinalAccounts;
            stdout.WriteLine(MessageCatalogue.Format(MessageCatalogue.ReadingAuditSummaryLine, d.Path, unit, d.Report.Year, kinds,
                d.Result!.Count(Severity.Error), d.Result.Count(Severity.Warning)));
        }
    }
}
