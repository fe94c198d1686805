using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Export;

/// <summary>
/// One worksheet being written: cells by (row, column), merged ranges, column widths. Text always goes through the
/// shared-string table, so no cell is ever a formula, whatever its text begins with.
/// </summary>
internal sealed class XlsxSheet
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> rows = [];
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

        Put(row, column, new Cell
        {
            DataType = CellValues.SharedString,
            CellValue = new CellValue(strings.Index(text).ToString(CultureInfo.InvariantCulture)),
            StyleIndex = (uint)style,
        });
    }

    /// <summary>Writes a number, keeping the decimal's printed scale (24.2 stays 24.2).</summary>
    public void Number(int row, int column, decimal value, XlsxStyle style) =>
        Put(row, column, new Cell
        {
            DataType = CellValues.Number,
            CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
            StyleIndex = (uint)style,
        });

    /// <summary>A styled cell with no value (blank, distinct from 0).</summary>
    public void Blank(int row, int column, XlsxStyle style) => Put(row, column, new Cell { StyleIndex = (uint)style });

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

    /// <summary>The worksheet element.</summary>
    public Worksheet Build()
    {
        var worksheet = new Worksheet();
        worksheet.Append(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (widths.Count > 0)
        {
            var columns = new Columns();
            foreach (var (column, width) in widths.OrderBy(w => w.Key))
            {
                columns.Append(new Column { Min = (uint)column, Max = (uint)column, Width = width, CustomWidth = true });
            }

            worksheet.Append(columns);
        }

        var data = new SheetData();
        foreach (var (index, cells) in rows)
        {
            var row = new Row { RowIndex = (uint)index };
            foreach (var (column, cell) in cells)
            {
                cell.CellReference = Reference(index, column);
                row.Append(cell);
            }

            data.Append(row);
        }

        worksheet.Append(data);
        if (merges.Count > 0)
        {
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup
        {
            PaperSize = 9, // A4
            Orientation = Landscape ? OrientationValues.Landscape : OrientationValues.Portrait,
            FitToWidth = 1,
            FitToHeight = 0,
        });
        return worksheet;
    }

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

    private void Put(int row, int column, Cell cell)
    {
        if (!rows.TryGetValue(row, out var cells))
        {
            cells = [];
            rows[row] = cells;
        }

        cells[column] = cell;
    }
}
