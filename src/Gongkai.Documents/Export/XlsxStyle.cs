namespace Gongkai.Documents.Export;

/// <summary>The cell styles of an exported workbook (indices into the cellXfs of <see cref="XlsxStylesheet"/>).</summary>
internal enum XlsxStyle : uint
{
    /// <summary>Plain.</summary>
    Default = 0,

    /// <summary>The title row: bold, large, centred.</summary>
    Title = 1,

    /// <summary>Header line text on the left (部门：…).</summary>
    Caption = 2,

    /// <summary>Header line text on the right (公开01表, 单位：万元).</summary>
    CaptionRight = 3,

    /// <summary>A column header: bold, centred, wrapped, bordered, shaded.</summary>
    Header = 4,

    /// <summary>A classification code or row key: bordered text (number format @).</summary>
    Code = 5,

    /// <summary>A name: bordered, wrapped text.</summary>
    Text = 6,

    /// <summary>An amount: bordered, number format 0.00, right-aligned.</summary>
    Amount = 7,

    /// <summary>A count: bordered, number format 0.</summary>
    Count = 8,

    /// <summary>A note under a table: wrapped, no border.</summary>
    Note = 9,

    /// <summary>Text that begins with = + - @: bordered, marked with quotePrefix so that editing keeps it text.</summary>
    QuotedText = 10,

    /// <summary>A centred bordered cell (行次, 栏次 numbers).</summary>
    Centered = 11,
}
