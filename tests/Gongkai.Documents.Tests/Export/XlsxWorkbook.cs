using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Tests.Export;

/// <summary>A written workbook opened with OpenXml, with its cells as text by sheet and A1 reference.</summary>
internal sealed class XlsxWorkbook
{
    private readonly Dictionary<string, Dictionary<string, (string Text, bool IsNumber, uint Style)>> sheets = [];

    public XlsxWorkbook(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = document.WorkbookPart!;
        var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        Stylesheet = part.WorkbookStylesPart!.Stylesheet;
        foreach (var sheet in part.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet;
            var cells = new Dictionary<string, (string, bool, uint)>(StringComparer.Ordinal);
            foreach (var cell in worksheet.Descendants<Cell>())
            {
                Assert.Null(cell.CellFormula);
                var raw = cell.CellValue?.Text;
                var isShared = cell.DataType?.Value == CellValues.SharedString;
                var text = raw is null ? "" : isShared ? shared[int.Parse(raw, CultureInfo.InvariantCulture)] : raw;
                cells[cell.CellReference!.Value!] = (text, raw is not null && !isShared, cell.StyleIndex?.Value ?? 0);
            }

            sheets[sheet.Name!.Value!] = cells;
            Merges[sheet.Name!.Value!] = [.. worksheet.Descendants<MergeCell>().Select(m => m.Reference!.Value!)];
        }

        SheetNames = [.. part.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!)];
    }

    public IReadOnlyList<string> SheetNames { get; }

    public Dictionary<string, List<string>> Merges { get; } = [];

    public Stylesheet Stylesheet { get; }

    /// <summary>The text of a cell ("" when absent or blank).</summary>
    public string Text(string sheet, string reference) =>
        sheets[sheet].TryGetValue(reference, out var c) ? c.Text : "";

    /// <summary>The number in a cell, or null when it holds none.</summary>
    public decimal? Number(string sheet, string reference) =>
        sheets[sheet].TryGetValue(reference, out var c) && c.IsNumber ? decimal.Parse(c.Text, NumberStyles.Float, CultureInfo.InvariantCulture) : null;

    /// <summary>True when the cell holds a number.</summary>
    public bool IsNumber(string sheet, string reference) => sheets[sheet].TryGetValue(reference, out var c) && c.IsNumber;

    /// <summary>The style index of a cell.</summary>
    public uint Style(string sheet, string reference) => sheets[sheet].TryGetValue(reference, out var c) ? c.Style : 0;

    /// <summary>The number format id of a cell's style.</summary>
    public uint NumberFormat(string sheet, string reference) =>
        Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)Style(sheet, reference)).NumberFormatId!.Value;

    /// <summary>The row (1-based) whose column A holds the text, or -1.</summary>
    public int RowOf(string sheet, string textInA)
    {
        foreach (var (reference, cell) in sheets[sheet])
        {
            if (reference.StartsWith('A') && char.IsDigit(reference[1]) && cell.Text == textInA)
            {
                return int.Parse(reference[1..], CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }
}
