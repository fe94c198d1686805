using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Ledgers;
using Gongkai.Ledgers;
using Gongkai.Messages;
using Gongkai.Templates;

namespace Gongkai.Cli.Commands;

/// <summary><c>gongkai build LEDGER.csv -o report.json</c>: builds the nine tables from a ledger and writes canonical JSON.</summary>
public static class BuildCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["-o", "--output", .. CatalogueOption.Names], []);
        InputFiles.RequireSome(parsed.Positional, "LEDGER.csv（明细台账）");
        var output = parsed.Value("-o", "--output") ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "-o 输出文件"));
        var catalogue = CatalogueOption.Resolve(parsed);
        var ledger = LedgerCsvReader.Read(parsed.Positional[0]);
        var report = LedgerBuilder.Build(ledger, TemplateLibrary.BuiltIn.For(Model.DisclosureKind.FinalAccounts, ledger.Year), catalogue);
        var json = CanonicalJsonWriter.Write(report);
        AtomicFile.WriteAllText(output, json);
        var result = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, catalogue).Run(report);
        stdout.WriteLine(MessageCatalogue.Format(MessageCatalogue.CliBuilt, output, report.Unit.Name, report.Year,
            result.Count(Severity.Error), result.Count(Severity.Warning)));
        return ExitCodes.Ok;
    }
}
