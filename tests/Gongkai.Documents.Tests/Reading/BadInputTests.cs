using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Export;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Canonical;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Issue 8 §1 at the readers: a generated corpus of broken inputs in every format the readers take (truncated and
/// bit-flipped seeds, XML and zip bombs, deep JSON) and a property-based fuzz loop. Every input gets a reading or a
/// Chinese <see cref="DocumentReadException"/> naming the file, never another exception, and within a time limit.
/// </summary>
public sealed class BadInputTests(ITestOutputHelper output)
{
    /// <summary>A generous bound for one input; the readers take well under a second on the seeds.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> SeedsLazy = new(BuildSeeds);

    /// <summary>The seed in every format: the text, HTML, DOCX and XLSX written from samples/seed-001.json, PDF if LibreOffice and poppler are present.</summary>
    private static IReadOnlyList<(string Name, byte[] Bytes)> Seeds => SeedsLazy.Value;

    public static TheoryData<string> Formats() => new() { "txt", "html", "docx", "xlsx", "pdf" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Truncated_and_bit_flipped_seeds_are_read_or_refused_in_Chinese(string format)
    {
        if (Seeds.FirstOrDefault(s => s.Name.EndsWith("." + format, StringComparison.Ordinal)) is not { Bytes: not null } seed)
        {
            Assert.Equal("pdf", format); // only the PDF depends on tools that may be missing
            return;
        }

        var random = new Random(format.Length * 7919 + format[0]);
        for (var n = 0; n < 8; n++)
        {
            var cut = seed.Bytes[..(seed.Bytes.Length * (n + 1) / 9)];
            AssertReadsOrRefuses(cut, $"cut-{n}.{format}");

            var flipped = (byte[])seed.Bytes.Clone();
            for (var k = 0; k < 1 + n * 3; k++)
            {
                flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
            }

            AssertReadsOrRefuses(flipped, $"flip-{n}.{format}");
        }
    }

    /// <summary>
    /// Found by the CLI corpus (BadInputCorpusTests): a flipped bit in a package's zip directory made System.IO.Packaging
    /// throw FileFormatException (and a bad part name ArgumentException), which escaped the DOCX and XLSX readers as a crash.
    /// </summary>
    [Theory]
    [InlineData("docx")]
    [InlineData("xlsx")]
    public void Packages_with_bits_flipped_in_the_zip_directory_are_refused_in_Chinese(string format)
    {
        var seed = Seeds.Single(s => s.Name.EndsWith("." + format, StringComparison.Ordinal)).Bytes;
        var random = new Random(88);
        var refused = 0;
        for (var n = 0; n < 40; n++)
        {
            // The central directory sits in the last few hundred bytes of the zip.
            var bytes = (byte[])seed.Clone();
            var at = bytes.Length - 1 - random.Next(Math.Min(2048, bytes.Length));
            bytes[at] ^= (byte)(1 << random.Next(8));
            if (AssertReadsOrRefuses(bytes, $"dir-{n}.{format}") is null)
            {
                refused++;
            }
        }

        Assert.True(refused > 0, "no flip in the zip directory was refused");
    }

    [Theory]
    [InlineData("docx", "word/document.xml")]
    [InlineData("xlsx", "xl/sharedStrings.xml")]
    public void An_XML_bomb_inside_a_package_is_refused_in_Chinese_in_bounded_time(string format, string part)
    {
        var seed = Seeds.Single(s => s.Name.EndsWith("." + format, StringComparison.Ordinal)).Bytes;
        var bomb = ReplacePart(seed, part, BillionLaughs(part.StartsWith("word", StringComparison.Ordinal) ? "w:document" : "sst"));

        var e = AssertRefused(bomb, "bomb." + format);
        Assert.Contains("bomb." + format, e.Message, StringComparison.Ordinal);
        output.WriteLine(e.Message);
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_unpacked()
    {
        // One part of 201 MB of zeros compresses to about 200 KB: under the upload limit, over the part limit.
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("word/document.xml");
            var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize);
            using var output = entry.Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < (ReadLimits.MaxPartBytes >> 20) + 1; i++)
            {
                output.Write(zeros);
            }
        }

        var bytes = memory.ToArray();
        Assert.True(bytes.Length < 2_000_000, $"{bytes.Length} bytes");
        var e = AssertRefused(bytes, "zipbomb.docx");
        Assert.Contains("zeros.bin", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_JSON_is_refused_in_Chinese_without_a_stack_overflow()
    {
        var json = new string('[', 100_000) + new string(']', 100_000);
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(json, "deep.json"));
        Assert.True(watch.Elapsed < Limit, watch.Elapsed.ToString());
        Assert.Contains("deep.json", e.Message, StringComparison.Ordinal);
        Assert.True(e.Message.Any(c => c >= '\u4E00'), e.Message);
    }

    [Fact]
    public void Deep_JSON_inside_a_report_is_refused_in_Chinese()
    {
        var deep = new string('[', 100_000) + new string(']', 100_000);
        var json = SeedSample.Text.Replace("\"format\"", "\"deep\": " + deep + ", \"format\"", StringComparison.Ordinal);
        Assert.NotEqual(SeedSample.Text, json);
        var e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(json, "deep.json"));
        Assert.True(e.Message.Any(c => c >= '\u4E00'), e.Message);
    }

    [Fact]
    public void GBK_text_with_a_formula_and_a_script_reads_as_plain_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        var text = SeedDocuments.Text(SeedDocuments.Seed001) + "\n=HYPERLINK(\"http://x\")\t<script>alert(1)</script>\n";
        var read = AssertReadsOrRefuses(gbk.GetBytes(text), "gbk.txt");
        Assert.NotNull(read);
        Assert.Equal("株洲市渌口区人大常委会", read.Report.Unit.Name);
        Assert.Contains(read.Source.Lines, l => l.Text.Contains("<script>alert(1)</script>", StringComparison.Ordinal));
        Assert.Contains(read.Source.Lines, l => l.Text.Contains("=HYPERLINK", StringComparison.Ordinal));
    }

    [Fact]
    public void Fuzzed_seeds_give_a_reading_or_a_Chinese_refusal()
    {
        var iterations = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 300;
        var random = new Random(20260808);
        var read = 0;
        for (var i = 0; i < iterations; i++)
        {
            var seed = Seeds[i % Seeds.Count];
            var bytes = Mutate(seed.Bytes, random);
            if (AssertReadsOrRefuses(bytes, $"fuzz-{i}{Path.GetExtension(seed.Name)}") is not null)
            {
                read++;
            }
        }

        output.WriteLine($"{iterations} mutations, {read} read, {iterations - read} refused in Chinese");

        // Most mutations of a package break its zip; a mutation-only loop still reads some inputs through.
        Assert.True(read > 0, "no fuzzed input was read at all");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        var steps = 1 + random.Next(6);
        for (var s = 0; s < steps && bytes.Count > 1; s++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    // Half of the flips land in the last 2 KB, where a zip keeps its central directory.
                    var flipAt = random.Next(2) == 0 ? at : bytes.Count - 1 - random.Next(Math.Min(2048, bytes.Count));
                    bytes[flipAt] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(64)));
                    break;
                case 2:
                    bytes.InsertRange(at, Enumerable.Range(0, 1 + random.Next(16)).Select(_ => (byte)random.Next(256)));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, 1 + random.Next(512));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }

    private static ReadDocument? AssertReadsOrRefuses(byte[] bytes, string name)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var read = DocumentReaders.Read(bytes, name);
            CanonicalJsonWriter.Write(read.Report);
            return read;
        }
        catch (DocumentReadException e)
        {
            Assert.Contains(name, e.Message, StringComparison.Ordinal);
            Assert.True(e.Message.Any(c => c >= '\u4E00'), e.Message);
            return null;
        }
        finally
        {
            Assert.True(watch.Elapsed < Limit, $"{name}: {watch.Elapsed}");
        }
    }

    private static DocumentReadException AssertRefused(byte[] bytes, string name)
    {
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<DocumentReadException>(() => DocumentReaders.Read(bytes, name));
        Assert.True(watch.Elapsed < Limit, $"{name}: {watch.Elapsed}");
        Assert.True(e.Message.Any(c => c >= '\u4E00'), e.Message);
        return e;
    }

    /// <summary>The classic entity expansion: ten levels of ten references, 10^10 copies of "lol" if expanded.</summary>
    private static string BillionLaughs(string root)
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE ").Append(root).Append(" [\n<!ENTITY lol0 \"lol\">\n");
        for (var level = 1; level <= 10; level++)
        {
            sb.Append("<!ENTITY lol").Append(level).Append(" \"");
            for (var k = 0; k < 10; k++)
            {
                sb.Append("&lol").Append(level - 1).Append(';');
            }

            sb.Append("\">\n");
        }

        return sb.Append("]>\n<").Append(root).Append(">&lol10;</").Append(root).Append(">\n").ToString();
    }

    private static byte[] ReplacePart(byte[] package, string part, string xml)
    {
        using var memory = new MemoryStream();
        memory.Write(package);
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(part)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        return memory.ToArray();
    }

    private static List<(string Name, byte[] Bytes)> BuildSeeds()
    {
        var report = SeedSample.Read();
        var seeds = new List<(string, byte[])>
        {
            ("seed.txt", File.ReadAllBytes(SeedDocuments.Seed001)),
            ("seed.html", Encoding.UTF8.GetBytes(HtmlReportWriter.Write(report))),
            ("seed.docx", DocxReportWriter.Write(report)),
            ("seed.xlsx", XlsxReportWriter.Write(report)),
        };
        if (PdfReportWriter.IsAvailable && File.Exists("/usr/bin/pdftotext"))
        {
            seeds.Add(("seed.pdf", PdfReportWriter.Write(report)));
        }

        return seeds;
    }
}
