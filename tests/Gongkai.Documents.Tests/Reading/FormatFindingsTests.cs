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

    [Fact]
    public void Seed_001_as_Word_gives_the_findings_of_its_text()
    {
        var dir = SeedFixtures.TempDirectory();
        var docx = Path.Combine(dir, "seed-001.docx");
        SeedFixtures.WriteDocx(SeedDocuments.Text(SeedDocuments.Seed001), docx);
        var text = Findings(SeedDocuments.Seed001);
        Assert.Contains(text, f => f.StartsWith("N-GROWTH|Error|4.5%|4.6%", StringComparison.Ordinal));
        Assert.Equal(text, Findings(docx));
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
