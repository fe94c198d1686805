using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Classification;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Catalogues;

/// <summary>
/// Loads a user's classification catalogue (a fuller official list) from a .csv or .xlsx file, so that it can be
/// merged over the built-in one without rebuilding. Both formats go through <see cref="CatalogueCsvParser"/>'s rules:
/// a header row of <c>code,name,…</c> or 科目编码,科目名称,级次,上级编码; see catalogues/README.md. Every problem is a
/// <see cref="DocumentReadException"/> with a Chinese message naming the file and, where there is one, the row.
/// </summary>
public static class CatalogueFileLoader
{
    /// <summary>The largest file accepted: an official list of every 科目 is well under 2 MB.</summary>
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    /// <summary>The most sheet rows read; an .xlsx is compressed, so its size alone does not bound the work.</summary>
    public const int MaxRows = 100_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads the file as a catalogue of one scheme.</summary>
    public static ClassificationCatalogue Load(string path, ClassificationScheme scheme, long maxBytes = DefaultMaxBytes) =>
        new(LoadEntries(path, scheme, maxBytes));

    /// <summary>Loads the entries of the file, in file order.</summary>
    public static IReadOnlyList<ClassificationEntry> LoadEntries(string path, ClassificationScheme scheme, long maxBytes = DefaultMaxBytes)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".xlsx"))
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.CatalogueFormatUnsupported, path), path);
        }

        var bytes = ReadBytes(path, maxBytes);
        try
        {
            return extension == ".csv"
                ? CatalogueCsvParser.Parse(Decode(bytes), scheme, path)
                : ReadWorkbook(bytes, scheme, path);
        }
        catch (CatalogueFormatException e)
        {
            throw new DocumentReadException(e.Message, path, new SourcePosition(Line: e.Line), e);
        }
    }

    private static byte[] ReadBytes(string path, long maxBytes)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileNotFound, path), path);
            }

            if (info.Length == 0)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileEmpty, path), path);
            }

            if (info.Length > maxBytes)
            {
                throw new DocumentReadException(
                    MessageCatalogue.Format(MessageCatalogue.FileTooLarge, path, info.Length, maxBytes), path);
            }

            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), path, null, e);
        }
    }

    /// <summary>UTF-8 (with or without BOM), else GB18030: what Excel writes for 「CSV（逗号分隔）」 on Chinese Windows.</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static IReadOnlyList<ClassificationEntry> ReadWorkbook(byte[] bytes, ClassificationScheme scheme, string path)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false);
            var workbook = document.WorkbookPart
                ?? throw Invalid(path, "缺少工作簿部件");
            var sheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw Invalid(path, "没有工作表");
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                throw Invalid(path, $"找不到工作表“{sheet.Name?.Value}”的内容");
            }

            var sourceName = $"{path}（工作表“{sheet.Name?.Value}”）";
            var rows = ReadRows(part, SharedStrings(workbook), path);
            try
            {
                return CatalogueCsvParser.FromRows(rows, scheme, sourceName);
            }
            catch (CatalogueFormatException e)
            {
                throw new DocumentReadException(e.Message, path, new SourcePosition(Line: e.Line, Sheet: sheet.Name?.Value), e);
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or IOException)
        {
            throw Invalid(path, e.Message, e);
        }
    }

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf((SharedStringItem)reader.LoadCurrentElement()!));
            }
        }

        return strings;
    }

    /// <summary>The sheet's rows as text fields, read as a stream so that a large sheet is not held whole.</summary>
    private static List<CatalogueSourceRow> ReadRows(WorksheetPart part, List<string> sharedStrings, string path)
    {
        var rows = new List<CatalogueSourceRow>();
        using var reader = OpenXmlReader.Create(part);
        var next = 1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)index : next;
            next = number + 1;
            if (rows.Count >= MaxRows)
            {
                throw new DocumentReadException(MessageCatalogue.Format(
                    MessageCatalogue.CatalogueMalformed, path, number, $"行数超过上限 {MaxRows}"), path, new SourcePosition(Line: number));
            }

            var fields = new List<string>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : column + 1;
                while (fields.Count < column - 1)
                {
                    fields.Add("");
                }

                if (fields.Count == column - 1)
                {
                    fields.Add(CellText(cell, sharedStrings));
                }
            }

            rows.Add(new CatalogueSourceRow(number, fields));
        }

        return rows;
    }

    private static string CellText(Cell cell, List<string> sharedStrings)
    {
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? sharedStrings[i]
                : throw new FormatException($"单元格 {cell.CellReference?.Value} 引用了不存在的共享字符串 {raw}");
        }

        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : "";
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "true" : "false";
        }

        if (type is null || type == CellValues.Number)
        {
            // A code typed into Excel becomes the number 2010101 (stored as "2010101", sometimes "2.010101E6").
            return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? (number == decimal.Truncate(number) ? number.ToString("0", CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture))
                : raw;
        }

        return raw;
    }

    /// <summary>The text of a shared or inline string: its plain text or its runs, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement item)
    {
        var text = item.GetFirstChild<Text>()?.Text;
        return text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
    }

    /// <summary>1-based column of an A1 reference (B7 → 2, AA3 → 27).</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = (column * 26) + (upper - 'A' + 1);
        }

        return column == 0 ? throw new FormatException($"单元格引用“{reference}”无效") : column;
    }

    private static DocumentReadException Invalid(string path, string what, Exception? inner = null) =>
        new(MessageCatalogue.Format(MessageCatalogue.CatalogueWorkbookInvalid, path, what), path, null, inner);
}
