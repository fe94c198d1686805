using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Documents.Auditing;
using Gongkai.Templates;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Issue 3: the same document as Word, PDF or (its tables) Excel gives the same findings as its text — the same rules,
/// severities, printed and expected values; only the places differ (line, page, table cell).
/// </summary>
public sealed class FormatFindingsTests(ITestOutputHelper output)
{
    private static readonly PublishedDocumentAuditor Auditor = new(
        new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn), TemplateLibrary.BuiltIn);

    private static List<string> Findings(string path, Func<Finding, bool>? only = null) =>
        Auditor.Audit(path).Result.Findings.Where(only ?? (_ => true))
            .Select(f => $"{f.RuleId}|{f.Severity}|{f.Printed}|{f.Expected}").Order(StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("000_2ebd7fdb74714a1e.txt")]
    [InlineData("001_424111e6d4059655.txt")]
    [InlineData("002_160d35ce382d8253.txt")]
    [InlineData("003_098ae345efe4bca6.txt")]
    public void A_seed_as_Word_gives_the_findings_of_its_text(string seed)
    {
        var dir = SeedFixtures.TempDirectory();
        var docx = Path.Combine(dir, Path.ChangeExtension(seed, ".docx"));
        var path = Path.Combine(SeedDocuments.Folder, seed);
        SeedFixtures.WriteDocx(SeedDocuments.Text(path), docx);
        Assert.Equal(Findings(path), Findings(docx));
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("000_2ebd7fdb74714a1e.txt")]
    [InlineData("001_424111e6d4059655.txt")]
    [InlineData("002_160d35ce382d8253.txt")]
    [InlineData("003_098ae345efe4bca6.txt")]
    public void A_seed_as_a_web_page_gives_the_findings_of_its_text(string seed)
    {
        var dir = SeedFixtures.TempDirectory();
        var html = Path.Combine(dir, Path.ChangeExtension(seed, ".html"));
        var path = Path.Combine(SeedDocuments.Folder, seed);
        SeedFixtures.WriteHtml(SeedDocuments.Text(path), html);
        Assert.Equal(Findings(path), Findings(html));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Seed_004_as_Word_with_real_tables_gives_every_finding_of_its_text()
    {
        // The Word document a unit publishes: the self-evaluation sheet and the base-data table as real Word tables.
        var dir = SeedFixtures.TempDirectory();
        var path = Path.Combine(SeedDocuments.Folder, "004_f345c05e6f8977cf.txt");
        var docx = Path.Combine(dir, "004.docx");
        SeedFixtures.WriteDocxOfCellLines(SeedDocuments.Text(path), docx);
        var text = Findings(path);
        Assert.Contains(text, f => f.StartsWith("P-", StringComparison.Ordinal));
        Assert.Equal(text, Findings(docx));
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("000_2ebd7fdb74714a1e.txt")]
    [InlineData("002_160d35ce382d8253.txt")]
    [InlineData("003_098ae345efe4bca6.txt")]
    [InlineData("004_f345c05e6f8977cf.txt")]
    public void A_performance_report_as_PDF_gives_the_findings_of_its_text(string seed)
    {
        var dir = SeedFixtures.TempDirectory();
        var path = Path.Combine(SeedDocuments.Folder, seed);
        var docx = Path.Combine(dir, Path.ChangeExtension(seed, ".docx"));
        SeedFixtures.WriteDocxOfCellLines(SeedDocuments.Text(path), docx);
        var pdf = SeedFixtures.ConvertToPdf(docx, out var missing);
        if (pdf is null || !SeedFixtures.OnPath("pdftotext"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "缺少组件：" + (missing ?? "poppler-utils"));
            output.WriteLine("跳过：缺少组件 " + (missing ?? "poppler-utils（sudo apt-get install -y poppler-utils）"));
            return;
        }

        // Wrapped lines of a PDF page must join into the sentences of the text (a numbered paragraph whose first line
        // fills the page is not a heading), and seed 004's annex tables, whose cells wrap (figures included) in their
        // narrow columns, are put back together from the word boxes and the drawn borders.
        var text = Findings(path);
        Assert.NotEmpty(text);
        Assert.Equal(text, Findings(pdf));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Seed_001_tables_as_Excel_give_the_table_findings_of_its_text()
    {
        var dir = SeedFixtures.TempDirectory();
        var xlsx = Path.Combine(dir, "seed-001.xlsx");
        SeedFixtures.WriteXlsx(SeedDocuments.Text(SeedDocuments.Seed001), xlsx);
        // A workbook holds the tables only: no 概况 (so no unit kind) and no 情况说明, hence no sentence findings and none
        // of the notices about 情况说明 figures; every warning and error about the tables must be the same.
        static bool TableRule(Finding f) => f.Severity >= Severity.Warning && !f.RuleId.StartsWith("N-", StringComparison.Ordinal) && !f.RuleId.StartsWith("W-", StringComparison.Ordinal);
        var text = Findings(SeedDocuments.Seed001, TableRule);
        Assert.Contains(text, f => f.StartsWith("D02|Warning", StringComparison.Ordinal));
        Assert.Equal(text, Findings(xlsx, TableRule));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Seed_001_as_PDF_gives_the_findings_of_its_text()
    {
        var dir = SeedFixtures.TempDirectory();
        var docx = Path.Combine(dir, "seed-001.docx");
        SeedFixtures.WriteDocx(SeedDocuments.Text(SeedDocuments.Seed001), docx, landscape: true);
        var pdf = SeedFixtures.ConvertToPdf(docx, out var missing);
        if (pdf is null || !SeedFixtures.OnPath("pdftotext"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "缺少组件：" + (missing ?? "poppler-utils"));
            output.WriteLine("跳过：缺少组件 " + (missing ?? "poppler-utils（sudo apt-get install -y poppler-utils）"));
            return;
        }

        Assert.Equal(Findings(SeedDocuments.Seed001), Findings(pdf));
        Directory.Delete(dir, true);
    }
}
