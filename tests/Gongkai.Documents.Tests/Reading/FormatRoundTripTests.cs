using Gongkai.Documents.Reading;
using Gongkai.Model;
using Xunit.Abstractions;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>Seed 001 written as Word, Excel and PDF reads back as the same tables as its text.</summary>
public sealed class FormatRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void Seed001AsDocxEqualsTranscriptionExceptRow310()
    {
        var dir = SeedFixtures.TempDirectory();
        var path = Path.Combine(dir, "seed-001.docx");
        SeedFixtures.WriteDocx(SeedDocuments.Text(SeedDocuments.Seed001), path);
        var read = DocumentReaders.Read(path);
        AssertSeed001(read);
        Assert.Equal(SourceFormat.Docx, read.Source.Format);
        var row = read.Report.Table(DisclosureTableKind.IncomeStatement)!.Find("2010104")!;
        Assert.Contains("表格", row.Source!.Cell, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Seed001AsXlsxEqualsTranscriptionExceptRow310()
    {
        var dir = SeedFixtures.TempDirectory();
        var path = Path.Combine(dir, "seed-001.xlsx");
        SeedFixtures.WriteXlsx(SeedDocuments.Text(SeedDocuments.Seed001), path);
        var read = DocumentReaders.Read(path);
        AssertSeed001(read, hasCover: false);
        var row = read.Report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010101")!;
        Assert.Equal("公开05表", row.Source!.Sheet);
        Assert.StartsWith("A", row.Source.Cell, StringComparison.Ordinal);
        Directory.Delete(dir, true);
    }

    [Fact]
    public void Seed001AsPdfEqualsTranscriptionExceptRow310()
    {
        var ci = Environment.GetEnvironmentVariable("CI") == "true";
        var dir = SeedFixtures.TempDirectory();
        var docx = Path.Combine(dir, "seed-001.docx");
        SeedFixtures.WriteDocx(SeedDocuments.Text(SeedDocuments.Seed001), docx, landscape: true);
        var pdf = SeedFixtures.ConvertToPdf(docx, out var missing);
        if (pdf is null || !SeedFixtures.OnPath("pdftotext"))
        {
            var hint = missing ?? "poppler-utils（sudo apt-get install -y poppler-utils）";
            Assert.False(ci, "缺少组件：" + hint);
            output.WriteLine("跳过：缺少组件 " + hint);
            return;
        }

        var read = DocumentReaders.Read(pdf);
        Assert.Equal(SourceFormat.Pdf, read.Source.Format);
        AssertSeed001(read);
        var row = read.Report.Table(DisclosureTableKind.IncomeStatement)!.Find("2010101")!;
        Assert.NotNull(row.Source!.Page);
        Directory.Delete(dir, true);
    }

    private void AssertSeed001(ReadDocument read, bool hasCover = true)
    {
        foreach (var note in read.Notes)
        {
            output.WriteLine(SourcePositions.Describe(read.Source.Name, note));
        }

        var differences = ReportComparer.Compare(SeedDocuments.ExpectedTables(), read.Report);
        foreach (var d in differences)
        {
            output.WriteLine(d.ToString());
        }

        Assert.Equal([SeedDocuments.KnownDifference], differences);
        Assert.Equal("株洲市渌口区人大常委会", read.Report.Unit.Name);
        if (hasCover)
        {
            // The workbook holds the tables only: its year is nowhere printed.
            Assert.Equal(2020, read.Report.Year);
        }

        Assert.Contains(PublishedDocumentKind.FinalAccountsDisclosure, read.Kinds);
        Assert.Equal("", read.Report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.DepartmentField);
        Assert.StartsWith("(株洲市渌口区人大常委会没有政府性基金收入", read.Report.Table(DisclosureTableKind.GovernmentFundStatement)!.EmptyStatement, StringComparison.Ordinal);
    }
}
