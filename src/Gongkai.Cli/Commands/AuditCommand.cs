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
/// <c>gongkai audit FILE|DIR... [--format text|json|csv] [--summary] [--jobs N]</c>: reads every input (canonical JSON
/// or a published document: text, PDF, Word, Excel), runs every check, prints the findings; --summary prints one line
/// per document and the totals per rule. Documents are audited in parallel (at most --jobs at once, default one per
/// core) and reported in input order, so the output does not depend on which finished first.
/// </summary>
public static class AuditCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--format", "-f", "--jobs", "-j", .. CatalogueOption.Names], ["--summary"]);
        InputFiles.RequireSome(parsed.Positional, "FILE（要审核的文件或目录）");
        var format = parsed.Value("--format", "-f") ?? "text";
        if (format is not ("text" or "json" or "csv"))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--format", format, "text, json, csv"));
        }

        var jobs = Jobs(parsed.Value("--jobs", "-j"));
        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, CatalogueOption.Resolve(parsed));
        var auditor = new PublishedDocumentAuditor(engine, TemplateLibrary.BuiltIn);
        var documents = AuditAll([.. InputFiles.Expand(parsed.Positional)], auditor, jobs);

        if (parsed.Has("--summary"))
        {
            AuditSummaryWriter.Write(documents, format, stdout);
        }
        else if (format == "json")
        {
            JsonFindingsWriter.Write(documents, stdout);
        }
        else if (format == "csv")
        {
            CsvFindingsWriter.Write(documents, stdout);
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

    /// <summary>Audits every path, at most <paramref name="jobs"/> at once; the results stand in the order of the paths.</summary>
    public static IReadOnlyList<AuditedDocument> AuditAll(IReadOnlyList<string> paths, PublishedDocumentAuditor auditor, int jobs)
    {
        var documents = new AuditedDocument[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i => documents[i] = Audit(paths[i], auditor));
        return documents;
    }

    private static int Jobs(string? value)
    {
        if (value is null)
        {
            return Environment.ProcessorCount;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 256
            ? n
            : throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--jobs", value, "1–256"));
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
}
