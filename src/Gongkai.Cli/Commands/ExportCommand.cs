using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Export;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Writing;

namespace Gongkai.Cli.Commands;

/// <summary>
/// <c>gongkai export FILE --to xlsx|docx|pdf|html -o OUT [--decimals 1|2]</c>: writes the tables (xlsx) or the whole
/// 部门决算公开 document (docx, pdf, html) of a report, atomically. Reasons the 情况说明 needs and the report lacks are
/// listed; the document carries a placeholder for each.
/// </summary>
public static class ExportCommand
{
    private static readonly string[] Formats = ["xlsx", "docx", "pdf", "html"];

    /// <summary>Runs the command.</summary>
    public static int Run(IEnumerable<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = CliArguments.Parse(args, ["--to", "-t", "-o", "--output", "--decimals"], []);
        InputFiles.RequireSome(parsed.Positional, "FILE（要导出的报表）");
        var format = (parsed.Value("--to", "-t") ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "--to xlsx|docx|pdf|html")))
            .ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliBadOptionValue, "--to", format, string.Join(", ", Formats)));
        }

        var output = parsed.Value("-o", "--output") ?? throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.CliMissingArgument, "-o 输出文件"));
        var decimals = parsed.Value("--decimals") ?? "1";
        if (decimals is not ("1" or "2"))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.ExportDecimalsInvalid, decimals));
        }

        var options = new ExplanationOptions { PercentDecimals = decimals == "1" ? 1 : 2 };
        var report = Read(parsed.Positional[0]);
        var document = FinalAccountsDocumentBuilder.Build(report, options);
        byte[] bytes;
        try
        {
            bytes = format switch
            {
                "xlsx" => XlsxReportWriter.Write(report),
                "docx" => DocxReportWriter.Write(document),
                "html" => new System.Text.UTF8Encoding(false).GetBytes(HtmlReportWriter.Write(document)),
                _ => PdfReportWriter.Write([document])[0],
            };
        }
        catch (DocumentWriteException e)
        {
            throw new CliUsageException(e.Message);
        }

        AtomicFile.WriteAllBytes(output, bytes);
        stdout.WriteLine(MessageCatalogue.Format(MessageCatalogue.ExportWritten, output, report.Unit.Name, report.Year, format.ToUpperInvariant()));
        if (format != "xlsx" && document.MissingReasons.Count > 0)
        {
            stdout.WriteLine(MessageCatalogue.Format(MessageCatalogue.ExportMissingReasonsHeader, document.MissingReasons.Count));
            foreach (var missing in document.MissingReasons)
            {
                stdout.WriteLine("  " + MessageCatalogue.Format(MessageCatalogue.ExportReasonMissing, missing.Section, missing.Subject, missing.Key, options.Placeholder));
            }
        }

        return ExitCodes.Ok;
    }

    private static UnitYearReport Read(string path)
    {
        if (!string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliUsageException(MessageCatalogue.Format(MessageCatalogue.ExportInputUnsupported, path));
        }

        return CanonicalJsonReader.ReadFile(path);
    }
}
