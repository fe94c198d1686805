using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Documents.Export;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Writing;

namespace Gongkai.Documents.Tests.Export;

/// <summary>The Word document of samples/seed-001.json, opened with OpenXml.</summary>
public sealed class DocxReportWriterTests
{
    private static readonly Lazy<(FinalAccountsDocument Model, byte[] Bytes)> Seed = new(() =>
    {
        var model = FinalAccountsDocumentBuilder.Build(SeedSample.Read());
        return (model, DocxReportWriter.Write(model));
    });

    private static WordprocessingDocument Open() => WordprocessingDocument.Open(new MemoryStream(Seed.Value.Bytes), false);

    [Fact]
    public void ContainsEveryPartSectionAndParagraphInOrder()
    {
        using var docx = Open();
        var paragraphs = docx.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
        var expected = Seed.Value.Model.Blocks
            .Select(b => b switch { HeadingBlock h => h.Text, ParagraphBlock p => p.Text, _ => null })
            .OfType<string>().ToList();
        // The TOC field repeats the headings before the body: look for each block in order after it.
        var at = paragraphs.IndexOf("第五部分　附件") + 1;
        Assert.True(at > 0);
        foreach (var text in expected.SkipWhile(t => t != "第一部分　株洲市渌口区人大常委会概况"))
        {
            var found = paragraphs.IndexOf(text, at);
            Assert.True(found >= at, "missing or out of order: " + text);
            at = found + 1;
        }

        Assert.Contains(paragraphs, p => p.Contains("完成年初预算的119.1%", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("占95.5%；住房保障（类）支出39.26万元，占4.5%", StringComparison.Ordinal));
    }

    [Fact]
    public void HasNineTablesWithRepeatingHeadersAndTheirAmounts()
    {
        using var docx = Open();
        var tables = docx.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
        Assert.Equal(9, tables.Count);
        foreach (var table in tables)
        {
            var first = table.Elements<TableRow>().First();
            Assert.NotNull(first.TableRowProperties?.GetFirstChild<TableHeader>());
        }

        // 公开05表: header (2 rows) + 栏次, then 合计 876.17 / 876.17 / blank; 201, 20101, 2010101, 2010102, 2010104.
        var t05 = tables[4].Elements<TableRow>().ToList();
        Assert.Equal(3 + 11, t05.Count);
        Assert.Equal(["", "合计", "876.17", "876.17", ""], t05[3].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["2010104", "人大会议", "24.20", "24.20", ""], t05[8].Elements<TableCell>().Select(c => c.InnerText));
        // 公开07表: three header rows, 栏次, one row; 预算数 spans six columns.
        var t07 = tables[6].Elements<TableRow>().ToList();
        Assert.Equal(5, t07.Count);
        Assert.Equal(6, t07[0].Elements<TableCell>().First(c => c.InnerText == "预算数").TableCellProperties!.GetFirstChild<GridSpan>()!.Val!.Value);
        Assert.Equal("1.98", t07[4].Elements<TableCell>().Last().InnerText);
        // 公开08表: no data, stated.
        Assert.Contains("此表无数据", tables[7].InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void IsA4WithFontsFallbacksTocAndPageNumbers()
    {
        using var docx = Open();
        var main = docx.MainDocumentPart!;
        var sections = main.Document.Descendants<SectionProperties>().ToList();
        Assert.Equal(3, sections.Count); // portrait, landscape (第二部分), portrait
        Assert.Equal(11906u, sections[0].GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, sections[0].GetFirstChild<PageSize>()!.Height!.Value);
        Assert.Equal(PageOrientationValues.Landscape, sections[1].GetFirstChild<PageSize>()!.Orient!.Value);

        var fonts = main.FontTablePart!.Fonts.Elements<Font>().ToDictionary(f => f.Name!.Value!, f => f.GetFirstChild<AltName>()?.Val?.Value);
        Assert.Equal("Noto Serif CJK SC", fonts["仿宋_GB2312"]);
        Assert.Equal("Noto Sans CJK SC", fonts["黑体"]);
        Assert.Equal("Noto Serif CJK SC", fonts["方正小标宋简体"]);
        Assert.Equal("Noto Serif CJK SC", fonts["宋体"]);

        var styles = main.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        Assert.Equal("方正小标宋简体", styles["Heading1"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("黑体", styles["Heading2"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("宋体", styles["GongkaiTableText"].StyleRunProperties!.RunFonts!.EastAsia!.Value);
        Assert.Equal("仿宋_GB2312", main.StyleDefinitionsPart.Styles.DocDefaults!.Descendants<RunFonts>().Single().EastAsia!.Value);

        Assert.Contains(main.Document.Descendants<FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        Assert.Contains(main.FooterParts.Single().Footer.Descendants<FieldCode>(), f => f.Text.Trim() == "PAGE");
        var headings = main.Document.Descendants<ParagraphStyleId>().Where(s => s.Val == "Heading2").Count();
        Assert.Equal(Seed.Value.Model.Blocks.OfType<HeadingBlock>().Count(h => h.Level == 2), headings);
    }
}
