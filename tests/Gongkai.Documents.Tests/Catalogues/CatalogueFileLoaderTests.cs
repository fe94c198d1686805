using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Classification;
using Gongkai.Documents.Catalogues;

namespace Gongkai.Documents.Tests.Catalogues;

public sealed class CatalogueFileLoaderTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("gongkai-catalogue-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Reads_an_xlsx_with_chinese_headers_shared_strings_and_numeric_codes()
    {
        var path = Path.Combine(dir, "功能分类.xlsx");
        WriteWorkbook(path,
        [
            [S("2021年政府收支分类科目")],
            [S("科目编码"), S("科目名称"), S("级次"), S("上级编码"), S("verified")],
            [N("201"), S("一般公共服务支出"), S("类"), null, B(true)],
            [N("20101"), S("人大事务"), N("2"), N("201"), B(false)],
            [N("2.010101E6"), I("行政运行"), S("项"), N("20101")],
            [S("2010199"), S("其他人大事务支出")],
        ]);

        var catalogue = CatalogueFileLoader.Load(path, ClassificationScheme.Functional);

        Assert.Equal(["201", "20101", "2010101", "2010199"], catalogue.Entries.Select(e => e.Code));
        var item = catalogue.Find(ClassificationScheme.Functional, "2010101", 2021)!;
        Assert.Equal("行政运行", item.Name);
        Assert.Equal("20101", item.ParentCode);
        Assert.True(catalogue.Find(ClassificationScheme.Functional, "201", 2021)!.Verified);
        Assert.False(catalogue.Find(ClassificationScheme.Functional, "20101", 2021)!.Verified);
        Assert.Equal(ClassificationLevel.Item, catalogue.Find(ClassificationScheme.Functional, "2010199", 2021)!.Level);
    }

    [Fact]
    public void Cells_without_references_are_read_in_order()
    {
        var path = Path.Combine(dir, "e.xlsx");
        WriteWorkbook(path,
        [
            [S("name"), S("code")],
            [S("工资福利支出"), N("301")],
            [S("基本工资"), N("30101")],
        ], withReferences: false);

        var entries = CatalogueFileLoader.LoadEntries(path, ClassificationScheme.DepartmentEconomic);

        Assert.Equal([("301", "工资福利支出"), ("30101", "基本工资")], entries.Select(e => (e.Code, e.Name)));
    }

    [Fact]
    public void A_malformed_row_in_a_sheet_names_file_sheet_and_row()
    {
        var path = Path.Combine(dir, "bad-row.xlsx");
        WriteWorkbook(path,
        [
            [S("code"), S("name")],
            [N("201"), S("一般公共服务支出")],
            [N("201010"), S("行政运行")],
        ]);

        var e = Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(path, ClassificationScheme.Functional));

        Assert.Equal($"科目目录文件 {path}（工作表“科目”） 第 3 行有误：科目编码 201010 为 6 位，此科目表应为 3/5/7 位", e.Message);
        Assert.Equal(3, e.Position!.Line);
        Assert.Equal("科目", e.Position.Sheet);
        Assert.Equal(path, e.SourceName);
    }

    [Fact]
    public void A_broken_xlsx_gives_a_chinese_message_naming_the_file()
    {
        var path = Path.Combine(dir, "broken.xlsx");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip archive"));

        var e = Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(path, ClassificationScheme.Functional));

        Assert.StartsWith($"科目目录文件 {path} 不是有效的 Excel 工作簿（.xlsx）：", e.Message);
    }

    [Fact]
    public void A_docx_renamed_to_xlsx_is_refused_with_a_chinese_message()
    {
        var path = Path.Combine(dir, "letter.xlsx");
        using (var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            doc.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
        }

        var e = Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(path, ClassificationScheme.Functional));

        Assert.StartsWith($"科目目录文件 {path} 不是有效的 Excel 工作簿（.xlsx）：", e.Message);
    }

    [Fact]
    public void Reads_a_csv_in_utf8_and_in_gb18030()
    {
        const string text = "科目编码,科目名称\r\n221,住房保障支出\r\n22102,住房改革支出\r\n";
        var utf8 = Path.Combine(dir, "utf8.csv");
        File.WriteAllText(utf8, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Path.Combine(dir, "gbk.csv");
        File.WriteAllBytes(gbk, Encoding.GetEncoding("GB18030").GetBytes(text));

        foreach (var path in new[] { utf8, gbk })
        {
            var entries = CatalogueFileLoader.LoadEntries(path, ClassificationScheme.Functional);
            Assert.Equal([("221", "住房保障支出"), ("22102", "住房改革支出")], entries.Select(e => (e.Code, e.Name)));
        }
    }

    [Fact]
    public void A_malformed_csv_row_gives_the_parsers_message_and_line()
    {
        var path = Path.Combine(dir, "bad.csv");
        File.WriteAllText(path, "code,name\n201,一般公共服务支出\n2A1,坏\n");

        var e = Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(path, ClassificationScheme.Functional));

        Assert.Equal($"科目目录文件 {path} 第 3 行有误：科目编码“2A1”应全为数字", e.Message);
        Assert.Equal(3, e.Position!.Line);
    }

    [Fact]
    public void Missing_empty_oversized_and_unsupported_files_are_refused_in_chinese()
    {
        var missing = Path.Combine(dir, "none.csv");
        Assert.Equal($"找不到文件：{missing}", Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(missing, ClassificationScheme.Functional)).Message);

        var empty = Path.Combine(dir, "empty.csv");
        File.WriteAllBytes(empty, []);
        Assert.Equal($"文件为空：{empty}", Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(empty, ClassificationScheme.Functional)).Message);

        var large = Path.Combine(dir, "large.csv");
        File.WriteAllText(large, "code,name\n201,一般公共服务支出\n");
        var size = new FileInfo(large).Length;
        Assert.Equal(
            $"文件过大：{large}（{size} 字节，上限 10 字节）",
            Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(large, ClassificationScheme.Functional, maxBytes: 10)).Message);

        var xls = Path.Combine(dir, "old.xls");
        File.WriteAllBytes(xls, [0xD0, 0xCF, 0x11, 0xE0]);
        Assert.Contains("格式不受支持", Assert.Throws<DocumentReadException>(() => CatalogueFileLoader.Load(xls, ClassificationScheme.Functional)).Message);
    }

    private static Cell S(string text) => new() { DataType = CellValues.SharedString, CellValue = new CellValue(text) };

    private static Cell N(string number) => new() { CellValue = new CellValue(number) };

    private static Cell B(bool value) => new() { DataType = CellValues.Boolean, CellValue = new CellValue(value ? "1" : "0") };

    private static Cell I(string text) => new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };

    /// <summary>Writes a one-sheet workbook (sheet 科目); S cells hold their text until it is moved to the shared strings.</summary>
    private static void WriteWorkbook(string path, Cell?[][] rows, bool withReferences = true)
    {
        using var doc = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = doc.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        shared.SharedStringTable = new SharedStringTable();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = withReferences ? (uint)(r + 1) : null };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is not { } cell)
                {
                    continue;
                }

                if (cell.DataType?.Value == CellValues.SharedString)
                {
                    shared.SharedStringTable.AppendChild(new SharedStringItem(new Text(cell.CellValue!.Text)));
                    cell.CellValue = new CellValue((shared.SharedStringTable.ChildElements.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                if (withReferences)
                {
                    cell.CellReference = $"{(char)('A' + c)}{r + 1}";
                }

                row.AppendChild(cell);
            }

            data.AppendChild(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "科目" }));
        workbook.Workbook.Save();
    }
}
