using Gongkai.Documents.Canonical;
using Gongkai.Documents.Reading;
using Gongkai.Messages;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai parse FILE -o report.json</c>: reads a published document (text, PDF, Word, Excel), writes what was read
/// as canonical JSON and prints the reading notes (what could not be read), so nothing is dropped silently.
/// </summary>
public static class ParseCommand
{
    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["-o", "--output"], []);
        InputFiles.RequireSome(parsed.Positional, "FILE（要读取的文件）");
        var output = parsed.Value("-o", "--output")
            ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "-o 输出文件"));
        var path = parsed.Positional[0];
        var read = DocumentReaders.Read(path);
        AtomicFile.WriteAllText(output, CanonicalJsonWriter.Write(read.Report));
        var name = Path.GetFileName(path);
        if (read.Notes.Count > 0)
        {
            stdout.WriteLine(MessageCatalogue.ReadingNotesHeader);
            foreach (var note in read.Notes)
            {
                stdout.WriteLine("  " + SourcePositions.Describe(name, note));
            }
        }

        stdout.WriteLine(MessageCatalogue.Format(
            MessageCatalogue.ReadingParsed, path, Unit(read), read.Report.Year, KindNames(read),
            read.Report.Tables.Count(t => t.Kind != Model.DisclosureTableKind.ExplanationFigures), read.OtherTables.Count,
            read.Notes.Count, output));
        return ExitCodes.Ok;
    }

    /// <summary>The unit name read, or a placeholder.</summary>
    public static string Unit(ReadDocument read) =>
        read.Report.Unit.Name.Length > 0 ? read.Report.Unit.Name : MessageCatalogue.ReadingUnknownUnit;

    /// <summary>The document kinds in Chinese, joined.</summary>
    public static string KindNames(ReadDocument read) => read.Kinds.Count == 0
        ? MessageCatalogue.ReadingKindNone
        : string.Join(MessageCatalogue.ReadingKindSeparator, read.Kinds.Select(KindName));

    /// <summary>One document kind in Chinese.</summary>
    public static string KindName(PublishedDocumentKind kind) => kind switch
    {
        PublishedDocumentKind.FinalAccountsDisclosure => MessageCatalogue.ReadingKindFinalAccounts,
        PublishedDocumentKind.BudgetDisclosure => MessageCatalogue.ReadingKindBudget,
        PublishedDocumentKind.PerformanceEvaluationReport => MessageCatalogue.ReadingKindPerformanceReport,
        PublishedDocumentKind.SelfEvaluationSheet => MessageCatalogue.ReadingKindSelfEvaluation,
        PublishedDocumentKind.EvaluationBaseData => MessageCatalogue.ReadingKindBaseData,
        _ => MessageCatalogue.ReadingKindThreePublicCosts,
    };
}
