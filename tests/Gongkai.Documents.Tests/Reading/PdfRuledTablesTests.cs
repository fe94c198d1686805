using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Gongkai.Documents.Reading.Lattice;
using Xunit.Abstractions;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// A PDF's ruled table is put back together from word boxes and borders: text and figures that wrap inside narrow
/// cells come back whole, a blank cell keeps its place, and a vertically merged cell is an empty cell in the rows it
/// spans — the rows a word processor's export gives.
/// </summary>
public sealed class PdfRuledTablesTests(ITestOutputHelper output)
{
    private const string LongName = "一般公共预算财政拨款基本支出中的其他商品和服务支出";

    [Fact]
    public void Wrapped_cells_blank_cells_and_merged_cells_come_back_as_the_table_was_written()
    {
        var dir = SeedFixtures.TempDirectory();
        var docx = Path.Combine(dir, "ruled.docx");
        WriteDocx(docx);
        var pdf = SeedFixtures.ConvertToPdf(docx, out var missing);
        if (pdf is null || !SeedFixtures.OnPath("pdftotext") || !SeedFixtures.OnPath("pdftocairo"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "缺少组件：" + (missing ?? "poppler-utils"));
            output.WriteLine("跳过：缺少组件 " + (missing ?? "poppler-utils（sudo apt-get install -y poppler-utils）"));
            return;
        }

        var text = PdfRuledTables.Read(pdf);

        Assert.NotNull(text);
        var lines = text.Split('\n');
        Assert.Contains("附表：测试用的项目支出表", lines);
        Assert.Contains("表后的说明文字。", lines);
        Assert.Equal(
            [
                ["分类", "项目", "金额（万元）", "备注"],
                ["基本支出", LongName, "1234567.89", ""],
                ["", "短名称", "12.5", "年中追加"],
                ["项目支出", "会议费", "", "无"],
            ],
            Rows(lines));
        Directory.Delete(dir, true);
    }

    [Fact]
    public void A_page_without_borders_gives_no_table_text()
    {
        var dir = SeedFixtures.TempDirectory();
        var docx = Path.Combine(dir, "prose.docx");
        using (var document = WordprocessingDocument.Create(docx, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(new W.Body(Paragraph("只有正文，没有表格。")));
        }

        var pdf = SeedFixtures.ConvertToPdf(docx, out var missing);
        if (pdf is null || !SeedFixtures.OnPath("pdftotext") || !SeedFixtures.OnPath("pdftocairo"))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", "缺少组件：" + (missing ?? "poppler-utils"));
            output.WriteLine("跳过：缺少组件 " + (missing ?? "poppler-utils（sudo apt-get install -y poppler-utils）"));
            return;
        }

        Assert.Null(PdfRuledTables.Read(pdf));
        Directory.Delete(dir, true);
    }

    // Cell lines grouped into rows at the blank lines between them.
    private static List<List<string>> Rows(string[] lines)
    {
        var rows = new List<List<string>>();
        List<string>? row = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('\t'))
            {
                row ??= [];
                row.Add(line[1..]);
            }
            else if (row is not null)
            {
                rows.Add(row);
                row = null;
            }
        }

        return rows;
    }

    private static void WriteDocx(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new W.Body(Paragraph("附表：测试用的项目支出表"));
        // Narrow columns: the long name and the long figure must wrap inside their cells.
        int[] widths = [1400, 1600, 900, 1400];
        var table = new W.Table(new W.TableProperties(
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed }));
        var grid = new W.TableGrid();
        foreach (var width in widths)
        {
            grid.Append(new W.GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        table.Append(Row(widths, ("分类", null), ("项目", null), ("金额（万元）", null), ("备注", null)));
        table.Append(Row(widths, ("基本支出", W.MergedCellValues.Restart), (LongName, null), ("1234567.89", null), ("", null)));
        table.Append(Row(widths, ("", W.MergedCellValues.Continue), ("短名称", null), ("12.5", null), ("年中追加", null)));
        table.Append(Row(widths, ("项目支出", null), ("会议费", null), ("", null), ("无", null)));
        body.Append(table, Paragraph("表后的说明文字。"));
        document.AddMainDocumentPart().Document = new W.Document(body);
    }

    private static W.TableRow Row(int[] widths, params (string Text, W.MergedCellValues? Merge)[] cells)
    {
        var row = new W.TableRow();
        for (var i = 0; i < cells.Length; i++)
        {
            var properties = new W.TableCellProperties(new W.TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa });
            if (cells[i].Merge is { } merge)
            {
                properties.Append(new W.VerticalMerge { Val = merge });
            }

            row.Append(new W.TableCell(properties, Paragraph(cells[i].Text)));
        }

        return row;
    }

    private static W.Paragraph Paragraph(string text) =>
        new(new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}
