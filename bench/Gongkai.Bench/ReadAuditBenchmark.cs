using System.Diagnostics;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Documents.Reading;
using Gongkai.Templates;

namespace Gongkai.Bench;

/// <summary>
/// Reading and auditing published text documents the size of seed 001 on one core (audit_text_docs_per_s): the text is
/// split into lines, its tables recognised and read, its facts taken, and every check run on the result.
/// </summary>
public sealed class ReadAuditBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "read";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var text = SeedText();
        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);

        // Variants of the document (other amounts in the tables) so that no cache sees the same text twice in a row.
        var documents = Enumerable.Range(0, 16).Select(i => text.Replace("876.17", (876.17m + i).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToArray();
        var warmUp = Stopwatch.StartNew();
        var n = 0;
        while (warmUp.Elapsed.TotalSeconds < 1.0)
        {
            engine.Run(TextDocumentReader.Read(documents[n++ % documents.Length], "seed.txt").Report);
        }

        var seconds = quick ? 2.0 : 10.0;
        var count = 0L;
        var readOnly = 0L;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var read = TextDocumentReader.Read(documents[count % documents.Length], "seed.txt");
            engine.Run(read.Report);
            count++;
        }

        var perSecond = count / watch.Elapsed.TotalSeconds;
        watch.Restart();
        while (watch.Elapsed.TotalSeconds < seconds / 2)
        {
            TextDocumentReader.Read(documents[readOnly % documents.Length], "seed.txt");
            readOnly++;
        }

        yield return new Figure("audit_text_docs_per_s", perSecond, "docs/s");
        yield return new Figure("read_text_docs_per_s", readOnly / watch.Elapsed.TotalSeconds, "docs/s");
    }

    internal static string SeedText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seed = Path.Combine(dir.FullName, "..", "shared", "seeds", "001_424111e6d4059655.txt");
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")) && File.Exists(seed))
            {
                return File.ReadAllText(seed);
            }
        }

        throw new InvalidOperationException("seed 001 not found beside the repository (../shared/seeds)");
    }
}
