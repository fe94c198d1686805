using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Export;

namespace Gongkai.Cli.Tests;

/// <summary>
/// Issue 8 §1 at the command line: broken files of every kind given to <c>gongkai audit</c> and <c>gongkai parse</c>
/// end with exit code 2 and a Chinese message naming the file, no stack trace, no output file, in bounded time.
/// </summary>
public sealed class BadInputCorpusTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    public static TheoryData<string, string> Corpus() => new()
    {
        { "audit", "cut.docx" },
        { "audit", "cut.xlsx" },
        { "audit", "bomb.docx" },
        { "audit", "bomb.xlsx" },
        { "audit", "zipbomb.docx" },
        { "audit", "deep.json" },
        { "audit", "noise.txt" },
        { "parse", "cut.docx" },
        { "parse", "bomb.xlsx" },
        { "parse", "zipbomb.docx" },
        { "parse", "noise.txt" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_broken_file_is_exit_code_2_with_a_Chinese_message_and_nothing_written(string command, string name)
    {
        var dir = Paths.TempDirectory();
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, Build(name));
        var output = Path.Combine(dir, "out.json");

        var watch = Stopwatch.StartNew();
        var run = command == "parse" ? CliRun.Of("parse", path, "-o", output) : CliRun.Of("audit", path);

        Assert.True(watch.Elapsed < Limit, watch.Elapsed.ToString());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(name, run.Error, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", run.Error);
        run.AssertNoStackTrace();
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Bit_flipped_packages_never_end_in_a_stack_trace()
    {
        var dir = Paths.TempDirectory();
        var random = new Random(88);
        var codes = new int[3];
        foreach (var seed in new[] { ("docx", Docx()), ("xlsx", Xlsx()) })
        {
            for (var n = 0; n < 10; n++)
            {
                var bytes = (byte[])seed.Item2.Clone();
                for (var k = 0; k <= n; k++)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                var path = Path.Combine(dir, $"flip-{n}.{seed.Item1}");
                File.WriteAllBytes(path, bytes);
                var run = CliRun.Of("audit", path);
                Assert.InRange(run.ExitCode, 0, 2);
                run.AssertNoStackTrace();
                if (run.ExitCode == 2)
                {
                    Assert.Contains(Path.GetFileName(path), run.Error, StringComparison.Ordinal);
                }

                codes[run.ExitCode]++;
            }
        }

        Assert.Equal(20, codes.Sum());
    }

    private static byte[] Build(string name) => name switch
    {
        "cut.docx" => Docx()[..(Docx().Length / 2)],
        "cut.xlsx" => Xlsx()[..(Xlsx().Length / 2)],
        "bomb.docx" => ReplacePart(Docx(), "word/document.xml", BillionLaughs("w:document")),
        "bomb.xlsx" => ReplacePart(Xlsx(), "xl/sharedStrings.xml", BillionLaughs("sst")),
        "zipbomb.docx" => ZipBomb(),
        "deep.json" => Encoding.UTF8.GetBytes(new string('[', 100_000) + new string(']', 100_000)),
        _ => Noise(),
    };

    private static byte[] Docx() => DocxReportWriter.Write(CanonicalJsonReader.ReadFile(Paths.Sample("seed-001.json")));

    private static byte[] Xlsx() => XlsxReportWriter.Write(CanonicalJsonReader.ReadFile(Paths.Sample("seed-001.json")));

    private static byte[] Noise()
    {
        var bytes = new byte[8192];
        new Random(3).NextBytes(bytes);
        bytes[5] = 0;
        return bytes;
    }

    private static byte[] ZipBomb()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("word/document.xml");
            using var output = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 201; i++)
            {
                output.Write(zeros);
            }
        }

        return memory.ToArray();
    }

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
}
