using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gongkai.Documents.Export;

/// <summary>Builds the stylesheet whose cellXfs match <see cref="XlsxStyle"/>, in that order.</summary>
internal static class XlsxStylesheet
{
    private const uint FontBody = 0;
    private const uint FontTitle = 1;
    private const uint FontHeader = 2;
    private const uint FillHeader = 2;
    private const uint BorderThin = 1;
    private const uint FormatText = 49;   // built-in "@"
    private const uint FormatAmount = 2;  // built-in "0.00"
    private const uint FormatCount = 1;   // built-in "0"

    /// <summary>A new stylesheet.</summary>
    public static Stylesheet Create()
    {
        var fonts = new Fonts(
            Font("宋体", 10, bold: false),
            Font("方正小标宋简体", 16, bold: true),
            Font("黑体", 10, bold: true));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64 }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()));
        var cellStyleFormats = new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 });

        // Order = XlsxStyle values.
        var formats = new CellFormats(
            Format(FontBody, 0, 0, 0, null, null),
            Format(FontTitle, 0, 0, 0, HorizontalAlignmentValues.Center, null),
            Format(FontBody, 0, 0, 0, HorizontalAlignmentValues.Left, null),
            Format(FontBody, 0, 0, 0, HorizontalAlignmentValues.Right, null),
            Format(FontHeader, FillHeader, BorderThin, 0, HorizontalAlignmentValues.Center, wrap: true),
            Format(FontBody, 0, BorderThin, FormatText, HorizontalAlignmentValues.Left, null),
            Format(FontBody, 0, BorderThin, FormatText, HorizontalAlignmentValues.Left, wrap: true),
            Format(FontBody, 0, BorderThin, FormatAmount, HorizontalAlignmentValues.Right, null),
            Format(FontBody, 0, BorderThin, FormatCount, HorizontalAlignmentValues.Right, null),
            Format(FontBody, 0, 0, 0, HorizontalAlignmentValues.Left, wrap: true),
            Format(FontBody, 0, BorderThin, FormatText, HorizontalAlignmentValues.Left, wrap: true, quotePrefix: true),
            Format(FontBody, 0, BorderThin, 0, HorizontalAlignmentValues.Center, null));
        return new Stylesheet(fonts, fills, borders, cellStyleFormats, formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(string name, double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size });
        font.Append(new FontName { Val = name });
        font.Append(new FontFamilyNumbering { Val = 3 });
        font.Append(new FontCharSet { Val = 134 }); // GB2312
        return font;
    }

    private static CellFormat Format(
        uint font, uint fill, uint border, uint numberFormat, HorizontalAlignmentValues? horizontal, bool? wrap, bool quotePrefix = false)
    {
        var format = new CellFormat
        {
            FontId = font, FillId = fill, BorderId = border, NumberFormatId = numberFormat, FormatId = 0,
            ApplyFont = true, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numberFormat != 0,
        };
        if (quotePrefix)
        {
            format.QuotePrefix = true;
        }

        if (horizontal is not null || wrap is not null)
        {
            format.ApplyAlignment = true;
            format.Append(new Alignment
            {
                Horizontal = horizontal,
                Vertical = VerticalAlignmentValues.Center,
                WrapText = wrap is true ? BooleanValue.FromBoolean(true) : null,
            });
        }

        return format;
    }
}
