using Gongkai.Cli.Output;
using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Performance;
using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai score FILE [--format text|json] [--rules FILE]</c>: reads a 绩效自评表 (canonical JSON, or a text export
/// with the sheet and base-data table), recomputes every score under the rule set, and prints each indicator with its
/// printed and recomputed score, the rule applied, the totals, the grade and the findings.
/// </summary>
public static class ScoreCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--format", "-f", "--rules"], []);
        InputFiles.RequireSome(parsed.Positional, "FILE（绩效自评表：.json 或 .txt）");
        var format = parsed.Value("--format", "-f") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--format", format, "text, json"));
        }

        var rules = parsed.Value("--rules") is { } rulesPath ? ScoringRuleSetFile.Load(rulesPath) : ScoringRuleSetLibrary.Default;
        var scorer = new SelfEvaluationScorer(rules);
        var exit = ExitCodes.Ok;
        var results = new List<ScoredDocument>();
        foreach (var path in parsed.Positional)
        {
            try
            {
                var (sheet, data, problems) = Read(path);
                var result = scorer.Score(sheet, data);
                results.Add(new ScoredDocument(path, sheet, result, problems));
                if (result.HasErrors && exit == ExitCodes.Ok)
                {
                    exit = ExitCodes.Findings;
                }
            }
            catch (DocumentReadException e)
            {
                stderr.WriteLine(e.Message);
                exit = ExitCodes.InputError;
            }
        }

        if (format == "json")
        {
            JsonScoreWriter.Write(results, stdout);
        }
        else
        {
            TextScoreWriter.Write(results, stdout);
        }

        return exit;
    }

    private static (SelfEvaluationSheet Sheet, EvaluationBaseData? Data, IReadOnlyList<PerformanceReadProblem> Problems) Read(string path)
    {
        if (string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            var report = CanonicalJsonReader.ReadFile(path);
            var sheet = report.SelfEvaluation
                ?? throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ScoreNoSheet, path), path);
            return (sheet, report.EvaluationBaseData, []);
        }

        var document = PerformanceTextReader.ReadFile(path);
        if (document.Sheet is not { } read || read.Indicators.Count == 0 && read.Funds.Total.IsEmpty)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ScoreNoSheet, path), path);
        }

        return (read, document.BaseData, document.Problems);
    }
}
