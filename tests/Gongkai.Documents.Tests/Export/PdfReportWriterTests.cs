using System.Diagnostics;
using Gongkai.Documents.Export;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Writing;

namespace Gongkai.Documents.Tests.Export;

/// <summary>
/// PDF through LibreOffice: the text comes back with pdftotext and the CJK font is embedded. Under CI=true a missing
/// soffice or poppler fails these tests; elsewhere they pass with a note saying how to install them.
/// </summary>
public sealed class PdfReportWriterTests
{
    private const string Install = "sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk poppler-utils";

    private static readonly Lazy<string?> SeedPdf = new(() =>
    {
        if (!ToolsPresent())
        {
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), $"gongkai-test-{Environment.ProcessId}.pdf");
        File.WriteAllBytes(path, PdfReportWriter.Write(SeedSample.Read()));
        return path;
    });

    [Fact]
    public void TextOfThePdfStatesTheKeyFigures()
    {
        if (SeedPdf.Value is not { } pdf)
        {
            return;
        }

        var text = Run("pdftotext", "-layout", pdf, "-");
        // pdftotext puts spaces between CJK and Latin runs and breaks lines: compare without white space.
        var flat = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        foreach (var figure in new[]
                 {
                     "2020年度收、支总计均为876.17万元", "增长4.6%", "占95.5%", "占4.5%", "完成年初预算的119.1%", "完成年初预算的111.5%",
                     "完成年初预算的357.1%", "完成年初预算的99.2%", "完成预算的98.5%", "增长22.2%", "增长10.6%", "占基本支出的68.6%",
                     "占基本支出的31.4%", "收入支出决算总表", "国有资本经营预算财政拨款支出决算表", "株洲市渌口区人大常委会",
                 })
        {
            Assert.Contains(figure, flat, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheCjkFontIsEmbedded()
    {
        if (SeedPdf.Value is not { } pdf)
        {
            return;
        }

        var fonts = Run("pdffonts", pdf).Split('\n').Skip(2).Where(l => l.Length > 0).ToList();
        Assert.Contains(fonts, l => l.Contains("CJK", StringComparison.Ordinal));
        // Column "emb" is yes for every font.
        Assert.All(fonts, l => Assert.Matches(@"\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", l));
    }

    [Fact]
    public void SeveralDocumentsConvertInOneCall()
    {
        if (!ToolsPresent())
        {
            return;
        }

        var report = SeedSample.Read();
        var other = report.Clone();
        other.Unit.Name = "测试单位";
        var pdfs = PdfReportWriter.Write([FinalAccountsDocumentBuilder.Build(report), FinalAccountsDocumentBuilder.Build(other)]);
        Assert.Equal(2, pdfs.Count);
        Assert.All(pdfs, p => Assert.Equal("%PDF"u8.ToArray(), p[..4]));
    }

    [Fact]
    public void AMissingSofficeIsReportedInChinese()
    {
        var saved = (Environment.GetEnvironmentVariable("PATH"), Environment.GetEnvironmentVariable("GONGKAI_SOFFICE"));
        if (File.Exists("/usr/bin/soffice") || File.Exists("/usr/lib/libreoffice/program/soffice"))
        {
            // The usual places cannot be hidden from the search; the message itself is still checked below.
            var message = Gongkai.Messages.MessageCatalogue.ExportSofficeMissing;
            Assert.Contains("未找到 LibreOffice", message, StringComparison.Ordinal);
            Assert.Contains("apt-get install", message, StringComparison.Ordinal);
            return;
        }

        try
        {
            Environment.SetEnvironmentVariable("PATH", "/nonexistent");
            Environment.SetEnvironmentVariable("GONGKAI_SOFFICE", null);
            var e = Assert.Throws<DocumentWriteException>(() => PdfReportWriter.Convert(["x.docx"], Path.GetTempPath()));
            Assert.Contains("未找到 LibreOffice", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", saved.Item1);
            Environment.SetEnvironmentVariable("GONGKAI_SOFFICE", saved.Item2);
        }
    }

    /// <summary>True when soffice and poppler are installed; under CI=true their absence fails the test.</summary>
    internal static bool ToolsPresent()
    {
        var present = PdfReportWriter.IsAvailable && OnPath("pdftotext") && OnPath("pdffonts");
        if (!present)
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "LibreOffice or poppler-utils missing under CI=true. Install: " + Install);
            Console.Error.WriteLine("note: PDF export tests skipped: LibreOffice or poppler-utils is not installed. Install: " + Install);
        }

        return present;
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, name)));

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
