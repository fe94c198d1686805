using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Consolidation;
using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Supervision;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Performance;
using Gongkai.Templates;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai consolidate FILE|DIR... -o OUT.json [--name 名称]</c>: reads every input (any readable format), adds the
/// final accounts into one report for the group (汇总), writes it as canonical JSON, and prints the member count, the
/// checks on the consolidation and the group's self-evaluation figures. Unreadable inputs are listed and give exit 2,
/// as in <c>gongkai audit</c>; inputs without tables (an evaluation report alone) count only for the self-evaluation.
/// </summary>
public static class ConsolidateCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["-o", "--output", "--name", .. CatalogueOption.Names], []);
        InputFiles.RequireSome(parsed.Positional, "FILE（要汇总的文件或目录）");
        var output = parsed.Value("-o", "--output")
            ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "-o 输出文件"));
        var name = parsed.Value("--name") ?? MessageCatalogue.ConsolidationDefaultName;

        var errors = new List<string>();
        var read = new List<(string Path, UnitYearReport Report)>();
        foreach (var path in InputFiles.Expand(parsed.Positional))
        {
            try
            {
                read.Add((path, SupervisedDocuments.Read(path).Report));
            }
            catch (DocumentReadException e)
            {
                errors.Add(e.Message);
            }
        }

        var members = read.Where(r => SupervisedDocuments.HasTables(r.Report)).ToList();
        foreach (var (path, _) in read.Where(r => !SupervisedDocuments.HasTables(r.Report)))
        {
            stdout.WriteLine(MessageCatalogue.Format(MessageCatalogue.CliConsolidateNoTables, path));
        }

        foreach (var e in errors)
        {
            stderr.WriteLine(e);
        }

        ConsolidationResult result;
        try
        {
            result = Consolidator.Consolidate(name, [.. members.Select(m => m.Report)]);
        }
        catch (ConsolidationException e)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.InputError;
        }

        AtomicFile.WriteAllText(output, CanonicalJsonWriter.Write(result.Report));
        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, CatalogueOption.Resolve(parsed));
        var check = engine.Run(result.Report);
        stdout.WriteLine(MessageCatalogue.Format(
            MessageCatalogue.CliConsolidated, result.Report.Unit.Name, result.MemberCount, result.Report.Year, output,
            check.Count(Severity.Error), check.Count(Severity.Warning)));
        foreach (var f in check.Findings.Where(f => f.Severity == Severity.Error))
        {
            stdout.WriteLine($"  [{MessageCatalogue.SeverityName(f.Severity)}] {f.RuleId} {f.Message}");
        }

        // The self-evaluation of the same year counts, whether or not the document also holds tables.
        var evaluations = read.Select(r => r.Report).Where(r => r.Year == result.Report.Year && r.SelfEvaluation is not null);
        var evaluation = Consolidator.SelfEvaluation(evaluations, ScoringRuleSetLibrary.Default);
        stdout.WriteLine(SelfEvaluationLine(evaluation));

        return errors.Count > 0 ? ExitCodes.InputError : check.HasErrors ? ExitCodes.Findings : ExitCodes.Ok;
    }

    /// <summary>The group's self-evaluation figures in one Chinese line.</summary>
    public static string SelfEvaluationLine(ConsolidatedSelfEvaluation evaluation)
    {
        if (evaluation.Evaluated == 0)
        {
            return MessageCatalogue.CliConsolidateNoEvaluation;
        }

        var grades = string.Join("、", evaluation.Grades.Select(g => $"{g.Key} {g.Value}"));
        return MessageCatalogue.Format(
            MessageCatalogue.CliConsolidateEvaluation, evaluation.Evaluated, evaluation.MeanScore,
            evaluation.WeightedMeanScore?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—", evaluation.Funds, grades);
    }
}
