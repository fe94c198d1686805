using Gongkai.Documents.Auditing;
using Gongkai.Documents.Export;
using Gongkai.Documents.Reading;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Export;

/// <summary>Issue 5: what Gongkai exports, Gongkai reads back into the model it was written from, and it audits clean.</summary>
public sealed class ExportReadBackTests
{
    public static TheoryData<string> Formats() => new() { "xlsx", "docx" };

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_export_reads_back_cell_by_cell(string format)
    {
        var report = SeedSample.Read();
        var bytes = format == "xlsx" ? XlsxReportWriter.Write(report) : DocxReportWriter.Write(report);
        var read = DocumentReaders.Read(bytes, "seed-001." + format);

        var differences = ReportComparer.Compare(Tables(report), Tables(read.Report));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal("株洲市渌口区人大常委会", read.Report.Unit.Name);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void An_export_audits_without_error_or_warning(string format)
    {
        var report = SeedSample.Read();
        var bytes = format == "xlsx" ? XlsxReportWriter.Write(report) : DocxReportWriter.Write(report);
        var auditor = new PublishedDocumentAuditor(
            new Gongkai.Checks.CheckEngine(Gongkai.Checks.RuleSetLibrary.BuiltIn, Templates.TemplateLibrary.BuiltIn, Classification.ClassificationCatalogue.BuiltIn),
            Templates.TemplateLibrary.BuiltIn);
        var result = auditor.Audit(bytes, "seed-001." + format).Result;
        Assert.Empty(result.Findings.Where(f => f.Severity >= Gongkai.Checks.Severity.Warning).Select(f => f.Message));
    }

    // The nine tables; the 情况说明 figures (S) are written as sentences, not as a table, in a published document.
    private static UnitYearReport Tables(UnitYearReport report)
    {
        var copy = report.Clone();
        copy.RemoveTable(DisclosureTableKind.ExplanationFigures);
        return copy;
    }
}
