using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Gongkai.Documents.Export;

/// <summary>
/// One worksheet being written: cells by (row, column), merged ranges, column widths. Text always goes through the
/// shared-string table, so no cell is ever a formula, whatever its text begins with. The sheet XML is streamed with
/// an XmlWriter straight into its part: building OpenXml element trees costs ten times more for the same bytes.
/// </summary>
internal sealed class XlsxSheet
{
    private readonly SortedDictionary<int, SortedDictionary<int, XlsxCell>> rows = [];
    private readonly List<string> merges = [];
    private readonly Dictionary<int, double> widths = [];
    private readonly XlsxSharedStrings strings;

    public XlsxSheet(string name, XlsxSharedStrings strings)
    {
        Name = name;
        this.strings = strings;
    }

    /// <summary>The sheet name.</summary>
    public string Name { get; }

    /// <summary>Rows repeated at the top of each printed page (1-based, inclusive), or null.</summary>
    public (int First, int Last)? PrintTitleRows { get; set; }

    /// <summary>Print landscape (wide tables).</summary>
    public bool Landscape { get; set; }

    /// <summary>Writes text (row and column from 1). Text starting with = + - @ gets the quote-prefixed style.</summary>
    public void Text(int row, int column, string? text, XlsxStyle style)
    {
        if (string.IsNullOrEmpty(text))
        {
            Blank(row, column, style);
            return;
        }

        if (style is XlsxStyle.Text or XlsxStyle.Code && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            style = XlsxStyle.QuotedText;
        }

        Put(row, column, new XlsxCell(strings.Index(text).ToString(CultureInfo.InvariantCulture), IsText: true, style));
    }

    /// <summary>Writes a number, keeping the decimal's printed scale (24.2 stays 24.2).</summary>
    public void Number(int row, int column, decimal value, XlsxStyle style) =>
        Put(row, column, new XlsxCell(value.ToString(CultureInfo.InvariantCulture), IsText: false, style));

    /// <summary>A styled cell with no value (blank, distinct from 0).</summary>
    public void Blank(int row, int column, XlsxStyle style) => Put(row, column, new XlsxCell(null, IsText: false, style));

    /// <summary>Merges a range (1-based, inclusive); the covered cells get the style so that borders show.</summary>
    public void Merge(int firstRow, int firstColumn, int lastRow, int lastColumn, XlsxStyle style)
    {
        if (firstRow == lastRow && firstColumn == lastColumn)
        {
            return;
        }

        for (var r = firstRow; r <= lastRow; r++)
        {
            for (var c = firstColumn; c <= lastColumn; c++)
            {
                if (!(rows.TryGetValue(r, out var cells) && cells.ContainsKey(c)))
                {
                    Blank(r, c, style);
                }
            }
        }

        merges.Add(Reference(firstRow, firstColumn) + ":" + Reference(lastRow, lastColumn));
    }

    /// <summary>Sets a column's width in characters.</summary>
    public void Width(int column, double width) => widths[column] = width;

    /// <summary>Writes the worksheet XML into its part.</summary>
    public void WriteTo(WorksheetPart part)
    {
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        xml.WriteStartDocument(true);
        xml.WriteStartElement("worksheet", Ns);
        xml.WriteStartElement("sheetPr", Ns);
        xml.WriteStartElement("pageSetUpPr", Ns);
        xml.WriteAttributeString("fitToPage", "1");
        xml.WriteEndElement();
        xml.WriteEndElement();
        if (widths.Count > 0)
        {
            xml.WriteStartElement("cols", Ns);
            foreach (var (column, width) in widths.OrderBy(w => w.Key))
            {
                xml.WriteStartElement("col", Ns);
                xml.WriteAttributeString("min", Invariant(column));
                xml.WriteAttributeString("max", Invariant(column));
                xml.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("customWidth", "1");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("sheetData", Ns);
        foreach (var (index, cells) in rows)
        {
            xml.WriteStartElement("row", Ns);
            xml.WriteAttributeString("r", Invariant(index));
            foreach (var (column, cell) in cells)
            {
                xml.WriteStartElement("c", Ns);
                xml.WriteAttributeString("r", Reference(index, column));
                if (cell.Style != XlsxStyle.Default)
                {
                    xml.WriteAttributeString("s", Invariant((int)cell.Style));
                }

                if (cell.Value is not null)
                {
                    if (cell.IsText)
                    {
                        xml.WriteAttributeString("t", "s");
                    }

                    xml.WriteElementString("v", Ns, cell.Value);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        if (merges.Count > 0)
        {
            xml.WriteStartElement("mergeCells", Ns);
            xml.WriteAttributeString("count", Invariant(merges.Count));
            foreach (var merge in merges)
            {
                xml.WriteStartElement("mergeCell", Ns);
                xml.WriteAttributeString("ref", merge);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteStartElement("pageMargins", Ns);
        foreach (var (name, value) in new[] { ("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3") })
        {
            xml.WriteAttributeString(name, value);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("pageSetup", Ns);
        xml.WriteAttributeString("paperSize", "9"); // A4
        xml.WriteAttributeString("orientation", Landscape ? "landscape" : "portrait");
        xml.WriteAttributeString("fitToWidth", "1");
        xml.WriteAttributeString("fitToHeight", "0");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A1-style reference.</summary>
    public static string Reference(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int column)
    {
        var name = "";
        for (var c = column; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    private void Put(int row, int column, XlsxCell cell)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            cells = [];
            rows[row] = cells;
        }

        cells[column] = cell;
    }
}
