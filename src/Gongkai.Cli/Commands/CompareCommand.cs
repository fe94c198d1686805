using Gongkai.Checks;
using Gongkai.Cli.Output;
using Gongkai.Documents;
using Gongkai.Documents.Supervision;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Supervision;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai compare FILE|DIR... [--format text|json|csv] [--red-flags FILE]</c>: the indicators of every unit and
/// year, the red flags they raise (the built-in rules, or a supervisor's own file), and the findings of documents of the
/// same unit against each other. Unreadable inputs are listed and give exit 2; an error-severity finding gives exit 1.
/// </summary>
public static class CompareCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--format", "-f", "--red-flags"], []);
        InputFiles.RequireSome(parsed.Positional, "FILE（要比较的文件或目录）");
        var format = parsed.Value("--format", "-f") ?? "text";
        if (format is not ("text" or "json" or "csv"))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--format", format, "text, json, csv"));
        }

        var rules = parsed.Value("--red-flags") is { } file ? ReadRules(file) : RedFlagRuleSetLibrary.Default;
        var errors = new List<string>();
        var reports = new List<UnitYearReport>();
        foreach (var path in InputFiles.Expand(parsed.Positional))
        {
            try
            {
                reports.Add(SupervisedDocuments.Read(path).Report);
            }
            catch (DocumentReadException e)
            {
                errors.Add(e.Message);
            }
        }

        var result = SupervisionComparison.Compare(reports, rules);
        ComparisonWriter.Write(result, rules, format, stdout);
        foreach (var e in errors)
        {
            stderr.WriteLine(e);
        }

        return errors.Count > 0 ? ExitCodes.InputError
            : result.Flags.Concat(result.CrossDocument).Any(f => f.Severity == Severity.Error) ? ExitCodes.Findings
            : ExitCodes.Ok;
    }

    private static RedFlagRuleSet ReadRules(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message));
        }

        return RedFlagRuleSetParser.Parse(text, path);
    }
}
