using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Gongkai.Messages;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads PDF through Debian's <c>pdftotext -layout</c> (poppler-utils), run as a separate process with a time limit and
/// a limit on the text it may return. Pages come apart at form feeds, so every line knows its page and its line on that
/// page; table cells are then placed by where they stand in the layout (<see cref="LayoutAligner"/>). A performance
/// report's annex tables, whose cells wrap, are also put back together from the word boxes and drawn borders
/// (<see cref="Lattice.PdfRuledTables"/>).
/// </summary>
public static class PdfDocumentReader
{
    /// <summary>The program run; GONGKAI_PDFTOTEXT may name another one.</summary>
    public static string ToolName => Environment.GetEnvironmentVariable("GONGKAI_PDFTOTEXT") is { Length: > 0 } t ? t : "pdftotext";

    /// <summary>Reads a PDF file.</summary>
    public static ReadDocument Read(string path, string sourceName)
    {
        var text = ExtractText(path, sourceName);
        var pages = text.Split('\f');
        var combined = new StringBuilder(text.Length);
        var pageOfLine = new List<(int Page, int Line)>();
        for (var p = 0; p < pages.Length; p++)
        {
            var pageLines = pages[p].Split('\n');
            var count = pageLines.Length;
            if (count > 0 && pageLines[^1].Length == 0)
            {
                count--;
            }

            for (var l = 0; l < count; l++)
            {
                combined.Append(pageLines[l].TrimEnd('\r')).Append('\n');
                pageOfLine.Add((p + 1, l + 1));
            }
        }

        var notes = new List<ReadingNote>();
        var document = TextDocumentReader.ToDocument(
            combined.ToString(), sourceName, SourceFormat.Pdf,
            i => i < pageOfLine.Count ? pageOfLine[i] : (pages.Length, i + 1), notes);
        var read = DocumentAssembler.Assemble(document, notes);
        if (read.Kinds.Any(k => k is PublishedDocumentKind.SelfEvaluationSheet or PublishedDocumentKind.EvaluationBaseData))
        {
            read.RuledTableText = Lattice.PdfRuledTables.Read(path);
        }

        return read;
    }

    /// <summary>The layout text of a PDF; throws <see cref="DocumentReadException"/> with a Chinese message on failure.</summary>
    public static string ExtractText(string path, string sourceName)
    {
        var start = new ProcessStartInfo(ToolName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add("-layout");
        start.ArgumentList.Add("-enc");
        start.ArgumentList.Add("UTF-8");
        start.ArgumentList.Add("--");
        start.ArgumentList.Add(Path.GetFullPath(path));
        start.ArgumentList.Add("-");

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new DocumentReadException(
                MessageCatalogue.Format(MessageCatalogue.ReadingPdfToolMissing, sourceName), sourceName);
        }
        catch (Win32Exception e)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingPdfToolMissing, sourceName), sourceName, null, e);
        }

        using (process)
        {
            var tooLong = false;
            var output = new StringBuilder();
            var reader = Task.Run(() =>
            {
                var buffer = new char[65536];
                int n;
                while ((n = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
                {
                    if (output.Length + n > ReadLimits.MaxChars)
                    {
                        tooLong = true;
                        Kill(process);
                        return;
                    }

                    output.Append(buffer, 0, n);
                }
            });
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(ReadLimits.PdfSeconds * 1000))
            {
                Kill(process);
                throw new DocumentReadException(
                    MessageCatalogue.Format(MessageCatalogue.ReadingPdfTimeout, sourceName, ReadLimits.PdfSeconds), sourceName);
            }

            reader.Wait(TimeSpan.FromSeconds(30));
            if (tooLong)
            {
                throw new DocumentReadException(
                    MessageCatalogue.Format(MessageCatalogue.ReadingTextTooLong, sourceName, ReadLimits.MaxChars), sourceName);
            }

            if (process.ExitCode != 0)
            {
                var why = errors.Wait(TimeSpan.FromSeconds(5)) ? FirstLine(errors.Result) : "";
                throw new DocumentReadException(
                    MessageCatalogue.Format(MessageCatalogue.ReadingPdfFailed, sourceName, why.Length == 0 ? "exit " + process.ExitCode : why),
                    sourceName);
            }

            var text = output.ToString();
            if (text.All(c => char.IsWhiteSpace(c) || c == '\f'))
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingPdfNoTextLayer, sourceName), sourceName);
            }

            return text;
        }
    }

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string FirstLine(string text)
    {
        var t = text.Trim();
        var nl = t.IndexOf('\n', StringComparison.Ordinal);
        t = nl < 0 ? t : t[..nl];
        return t.Length > 200 ? t[..200] : t;
    }
}
