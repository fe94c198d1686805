using Gongkai.Checks;
using Gongkai.Cli.Output;
using Gongkai.Classification;
using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Templates;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai audit FILE... [--format text|json]</c>: reads every input, runs every check, prints the findings.</summary>
public static class AuditCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--format", "-f", .. CatalogueOption.Names], []);
        InputFiles.RequireSome(parsed.Positional, "FILE（要审核的文件或目录）");
        var format = parsed.Value("--format", "-f") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--format", format, "text, json"));
        }

        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, CatalogueOption.Resolve(parsed));
        var documents = new List<AuditedDocument>();
        foreach (var path in InputFiles.Expand(parsed.Positional))
        {
            documents.Add(Audit(path, engine));
        }

        if (format == "json")
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

    private static AuditedDocument Audit(string path, CheckEngine engine)
    {
        try
        {
            var report = CanonicalJsonReader.ReadFile(path);
            return new AuditedDocument(path, report, engine.Run(report), null);
        }
        catch (DocumentReadException e)
        {
            return new AuditedDocument(path, null, null, e.Message);
        }
    }
}
