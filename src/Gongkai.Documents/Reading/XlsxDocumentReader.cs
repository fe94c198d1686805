using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads Excel workbooks (.xlsx), one table per sheet as the official templates and Gongkai's export lay them out:
/// each row becomes a line with its cells by column letter (empty cells keep their place). A sheet whose rows carry no
/// table title gets its sheet name as title (财决01表 sheets are often titled only on the tab). Positions: sheet and cell.
/// </summary>
public static class XlsxDocumentReader
{
    /// <summary>Reads a .xlsx from a stream (checked with <see cref="PackageGuard"/> by the caller).</summary>
    public static ReadDocument Read(Stream stream, string sourceName)
    {
        var notes = new List<ReadingNote>();
        var lines = new List<SourceLine>();
        var matcher = new TitleMatcher(TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020));
        try
        {
            using var book = SpreadsheetDocument.Open(stream, false);
            var workbook = book.WorkbookPart;
            var shared = workbook?.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
            foreach (var sheet in sheets)
            {
                if (sheet.Id?.Value is not { } id || workbook!.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                var name = sheet.Name?.Value ?? "";
                var rows = ReadSheet(part, name, shared, lines.Count);
                var titled = rows.Take(8).Any(r => matcher.Match(r) is not null);
                if (!titled && matcher.Match(name) is not null)
                {
                    lines.Add(new SourceLine(lines.Count, name, new SourcePosition(Sheet: name), [name], false));
                }

                foreach (var row in rows)
                {
                    if (lines.Count >= ReadLimits.MaxLines)
                    {
                        notes.Add(new ReadingNote(row.Position, MessageCatalogue.Format(MessageCatalogue.ReadingLinesTruncated, ReadLimits.MaxLines)));
                        break;
                    }

                    lines.Add(new SourceLine(lines.Count, row.Text, row.Position, row.Cells, row.IsTableRow, null, row.CellPositions));
                }

                lines.Add(new SourceLine(lines.Count, "", new SourcePosition(Sheet: name), [""], false));
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or UriFormatException or ArgumentException or System.Xml.XmlException or InvalidOperationException or IOException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(
                MessageCatalogue.ReadingPackageInvalid, sourceName, MessageCatalogue.ReadingExcelFormat, e.Message), sourceName, null, e);
        }

        return DocumentAssembler.Assemble(new SourceDocument(sourceName, SourceFormat.Xlsx, lines), notes);
    }

    private static List<SourceLine> ReadSheet(WorksheetPart part, string sheet, string[] shared, int firstIndex)
    {
        var result = new List<SourceLine>();
        var data = part.Worksheet?.GetFirstChild<SheetData>();
        if (data is null)
        {
            return result;
        }

        var previous = 0u;
        foreach (var row in data.Elements<Row>())
        {
            var number = row.RowIndex?.Value ?? previous + 1;
            previous = number;
            var cells = new List<string>();
            var positions = new List<SourcePosition>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                if (column < 0 || column >= ReadLimits.MaxCellsPerRow)
                {
                    continue;
                }

                while (cells.Count <= column)
                {
                    positions.Add(new SourcePosition(Line: (int)number, Sheet: sheet, Cell: ColumnName(cells.Count) + number.ToString(CultureInfo.InvariantCulture)));
                    cells.Add("");
                }

                cells[column] = Value(cell, shared);
                next = column + 1;
            }

            if (cells.All(c => c.Length == 0))
            {
                result.Add(new SourceLine(firstIndex + result.Count, "", new SourcePosition(Line: (int)number, Sheet: sheet, Cell: "A" + number), [""], false));
                continue;
            }

            var position = new SourcePosition(Line: (int)number, Sheet: sheet, Cell: "A" + number.ToString(CultureInfo.InvariantCulture));
            result.Add(new SourceLine(firstIndex + result.Count, string.Join('\t', cells), position, cells, isTableRow: true, cellPositions: positions));
        }

        return result;
    }

    private static string Value(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i].Trim() : "";
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? raw).Trim();
        }

        if (type == CellValues.Boolean || type == CellValues.Error)
        {
            return raw.Trim();
        }

        // A number: binary floating point artefacts (876.16999999999996) are rounded to what Excel shows.
        var text = raw.Trim();
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && text.Contains('.', StringComparison.Ordinal)
            && text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 > 8)
        {
            return decimal.Round(d, 6).ToString("0.######", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                index = index * 26 + (c - 'A' + 1);
                letters++;
                if (letters > 3)
                {
                    return -1;
                }
            }
            else
            {
                break;
            }
        }

        return index - 1;
    }

    private static string ColumnName(int index)
    {
        var name = "";
        index++;
        while (index > 0)
        {
            var m = (index - 1) % 26;
            name = (char)('A' + m) + name;
            index = (index - m - 1) / 26;
        }

        return name;
    }
}
