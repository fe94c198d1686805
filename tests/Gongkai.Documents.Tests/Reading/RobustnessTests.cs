using System.Text;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Reading;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>No input crashes the readers: each gets a Chinese DocumentReadException or a (partial) reading.</summary>
public sealed class RobustnessTests : IDisposable
{
    private readonly string directory = SeedFixtures.TempDirectory();

    private static readonly CheckEngine Engine = new(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);

    [Fact]
    public void EmptyFileIsRefusedInChinese()
    {
        var path = Write("empty.txt", []);
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read(path));
        Assert.Contains("文件为空", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryFileIsRefusedInChinese()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read(Write("noise.txt", bytes)));
        Assert.Contains("不是文本文件", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverFiftyMegabytesIsRefusedBeforeReading()
    {
        var path = Path.Combine(directory, "big.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(ReadLimits.MaxFileBytes + 1);
        }

        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read(path));
        Assert.Contains("文件过大", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LargeTextDocumentReadsWithNotesNotACrash()
    {
        // Seed 001 repeated to about 8 MB: every table appears many times and is read as repeated (noted).
        var seed = SeedDocuments.Text(SeedDocuments.Seed001);
        var sb = new StringBuilder();
        while (sb.Length < 4_000_000)
        {
            sb.Append(seed).Append('\n');
        }

        var read = DocumentReaders.Read(Encoding.UTF8.GetBytes(sb.ToString()), "big.txt");
        Assert.Contains(read.Notes, n => n.Message.Contains("续表", StringComparison.Ordinal));
        Assert.Equal(876.17m, read.Report.Table(Model.DisclosureTableKind.IncomeStatement)!["Total", 1]);
    }

    [Fact]
    public void GbkTextIsDecoded()
    {
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(SeedDocuments.Text(SeedDocuments.Seed001));
        var read = DocumentReaders.Read(bytes, "gbk.txt");
        Assert.Equal("株洲市渌口区人大常委会", read.Report.Unit.Name);
    }

    [Fact]
    public void TruncatedPackagesAreRefusedInChinese()
    {
        var docx = Path.Combine(directory, "a.docx");
        var xlsx = Path.Combine(directory, "a.xlsx");
        SeedFixtures.WriteDocx(SeedDocuments.Text(SeedDocuments.Seed001), docx);
        SeedFixtures.WriteXlsx(SeedDocuments.Text(SeedDocuments.Seed001), xlsx);
        foreach (var path in new[] { docx, xlsx })
        {
            var bytes = File.ReadAllBytes(path);
            foreach (var length in new[] { 4, 30, bytes.Length / 3, bytes.Length / 2, bytes.Length - 10 })
            {
                AssertReadsOrRefuses(bytes[..length], Path.GetFileName(path));
            }
        }
    }

    [Fact]
    public void PdfWithoutTextLayerIsRefusedInChinese()
    {
        if (!SeedFixtures.OnPath("pdftotext"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "缺少 pdftotext（poppler-utils）");
            return;
        }

        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read(Write("scan.pdf", BlankPdf())));
        Assert.Contains("没有文字层", e.Message, StringComparison.Ordinal);
        var broken = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read(Write("broken.pdf", BlankPdf()[..40])));
        Assert.Contains("PDF", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingPdfToolGivesInstallHint()
    {
        var old = Environment.GetEnvironmentVariable("GONGKAI_PDFTOTEXT");
        try
        {
            Environment.SetEnvironmentVariable("GONGKAI_PDFTOTEXT", "/nonexistent/pdftotext");
            var e = Assert.Throws<DocumentReadException>(() => PdfDocumentReader.Read(Write("x.pdf", BlankPdf()), "x.pdf"));
            Assert.Contains("poppler-utils", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("GONGKAI_PDFTOTEXT", old);
        }
    }

    [Fact]
    public void DocumentOfUnknownKindReadsWithNote()
    {
        var read = DocumentReaders.Read(Encoding.UTF8.GetBytes("今天天气很好。\n我们去公园散步，看见很多人。\n"), "prose.txt");
        Assert.Empty(read.Kinds);
        Assert.Contains(read.Notes, n => n.Message.Contains("无法判断文件的类型", StringComparison.Ordinal));
    }

    [Fact]
    public void UnsupportedFormatsAreNamed()
    {
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read([0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3], "old.doc"));
        Assert.Contains("另存为", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HundredsOfShuffledAndCutSeedsNeverCrash()
    {
        var random = new Random(20201231);
        var seeds = SeedDocuments.All.Select(SeedDocuments.Text).ToList();
        var readings = 0;
        for (var n = 0; n < 400; n++)
        {
            var text = seeds[n % seeds.Count];
            var lines = text.Split('\n').ToList();
            switch (n % 8)
            {
                case 0:
                    lines = lines.OrderBy(_ => random.Next()).ToList();
                    break;
                case 1:
                    lines = [.. text[..random.Next(text.Length)].Split('\n')];
                    break;
                case 2:
                    for (var k = 0; k < lines.Count / 5; k++)
                    {
                        lines.RemoveAt(random.Next(lines.Count));
                    }

                    break;
                case 3:
                    for (var k = 0; k < 20; k++)
                    {
                        var i = random.Next(lines.Count);
                        lines[i] = lines[i][..random.Next(lines[i].Length + 1)];
                    }

                    break;
                case 4:
                    for (var k = 0; k < 30; k++)
                    {
                        var a = random.Next(lines.Count);
                        var b = random.Next(lines.Count);
                        (lines[a], lines[b]) = (lines[b], lines[a]);
                    }

                    break;
                case 5:
                    lines = lines.Select(l => random.Next(4) == 0 ? l.Replace('\t', ' ') : l.Replace("\t", "\t\t", StringComparison.Ordinal)).ToList();
                    break;
                case 6:
                    lines = lines.Select(l => new string(l.Select(c => random.Next(30) == 0 ? (char)random.Next(0x20, 0x9FFF) : c).ToArray())).ToList();
                    break;
                default:
                    var start = random.Next(lines.Count);
                    lines = lines.Skip(start).Take(random.Next(1, 80)).ToList();
                    break;
            }

            var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
            if (AssertReadsOrRefuses(bytes, $"fuzz-{n}.txt"))
            {
                readings++;
            }
        }

        Assert.True(readings > 300, $"only {readings} inputs were read");
    }

    private static bool AssertReadsOrRefuses(byte[] bytes, string name)
    {
        try
        {
            var read = DocumentReaders.Read(bytes, name);
            Engine.Run(read.Report);
            CanonicalJsonWriter.Write(read.Report);
            foreach (var note in read.Notes)
            {
                Assert.False(string.IsNullOrWhiteSpace(SourcePositions.Describe(name, note)));
            }

            return true;
        }
        catch (DocumentReadException e)
        {
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
            Assert.True(e.Message.Any(c => c >= '\u4E00'), e.Message);
            return false;
        }
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A valid one-page PDF with no text at all, as a scan without OCR looks to pdftotext.</summary>
    private static byte[] BlankPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length 0 >>\nstream\n\nendstream",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            sb.Append(o.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
