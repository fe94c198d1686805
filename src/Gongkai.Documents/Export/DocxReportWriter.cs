using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Formatting;
using DisclosureTableKind = Gongkai.Model.DisclosureTableKind;
using UnitYearReport = Gongkai.Model.UnitYearReport;
using Gongkai.Writing;

namespace Gongkai.Documents.Export;

/// <summary>
/// Writes the whole 部门决算公开 as a Word document: A4 (第二部分 landscape for the wide tables), official fonts with
/// free stand-ins (<see cref="DocumentFont"/>), headings numbered as in the seeds and carrying outline levels, a TOC
/// field whose cached result lists the headings (Word fills the page numbers on opening: updateFields), page
/// numbers in the footer, and tables whose header rows repeat on every page (w:tblHeader).
/// </summary>
public static class DocxReportWriter
{
    // Page geometry in twentieths of a point: A4 with the GB/T 9704 margins (37/35/28/26 mm) in portrait, 20 mm in landscape.
    private const int A4Short = 11906;
    private const int A4Long = 16838;
    private const int PortraitTextWidth = A4Short - 1588 - 1474;
    private const int LandscapeTextWidth = A4Long - 1134 - 1134;

    /// <summary>Builds the document of a report and writes it as bytes.</summary>
    public static byte[] Write(UnitYearReport report, ExplanationOptions? options = null) =>
        Write(FinalAccountsDocumentBuilder.Build(report, options));

    /// <summary>The document as bytes.</summary>
    public static byte[] Write(FinalAccountsDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>Writes the document to a stream.</summary>
    public static void Write(FinalAccountsDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = package.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        main.AddNewPart<FontTablePart>().Fonts = DocxStyles.FontTable();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(
            new UpdateFieldsOnOpen { Val = true },
            new DefaultTabStop { Val = 420 },
            new CharacterSpacingControl { Val = CharacterSpacingValues.CompressPunctuation });
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = PageNumberFooter();
        var footerId = main.GetIdOfPart(footer);

        var body = new Body();
        var landscape = false;
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    body.Append(Paragraph(heading.Text, heading.Level switch
                    {
                        1 => DocxStyles.Heading1,
                        2 => DocxStyles.Heading2,
                        _ => DocxStyles.Heading3,
                    }));
                    break;
                case ParagraphBlock paragraph:
                    body.Append(Paragraph(paragraph.Text, paragraph.Kind switch
                    {
                        ParagraphKind.Cover => DocxStyles.Title,
                        ParagraphKind.ContentsTitle => DocxStyles.ContentsTitle,
                        ParagraphKind.TableNote => DocxStyles.TableNote,
                        _ => DocxStyles.Body,
                    }));
                    break;
                case TableOfContentsBlock contents:
                    foreach (var p in TableOfContents(contents))
                    {
                        body.Append(p);
                    }

                    break;
                case TableBlock table:
                    foreach (var element in Table(table.Table, landscape ? LandscapeTextWidth : PortraitTextWidth))
                    {
                        body.Append(element);
                    }

                    break;
                case PageBreakBlock pageBreak when pageBreak.Landscape != landscape:
                    // A change of orientation needs a section: the paragraph closing the section carries its layout.
                    body.Append(new Paragraph(new ParagraphProperties(SectionProperties(landscape, footerId, SectionMarkValues.NextPage))));
                    landscape = pageBreak.Landscape;
                    break;
                case PageBreakBlock:
                    body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
            }
        }

        body.Append(SectionProperties(landscape, footerId, SectionMarkValues.NextPage));
        main.Document = new Document(body);
        package.PackageProperties.Title = document.Title;
        package.PackageProperties.Creator = "公开（Gongkai）";
        package.PackageProperties.Language = "zh-CN";
    }

    private static Paragraph Paragraph(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), TextRun(text));

    private static Run TextRun(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>
    /// The 目录 as a TOC field over heading levels 1–2. The cached result lists the headings without page numbers,
    /// so a reader without field updates (LibreOffice conversion) still shows the contents; Word recomputes it.
    /// </summary>
    private static IEnumerable<Paragraph> TableOfContents(TableOfContentsBlock contents)
    {
        var entries = contents.Entries;
        var first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Toc1 }));
        first.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin, Dirty = true }));
        first.Append(new Run(new FieldCode(" TOC \\o \"1-2\" \\h \\z \\u ") { Space = SpaceProcessingModeValues.Preserve }));
        first.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        if (entries.Count == 0)
        {
            first.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            yield return first;
            yield break;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            var paragraph = i == 0
                ? first
                : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = entries[i].Level == 1 ? DocxStyles.Toc1 : DocxStyles.Toc2 }));
            if (i == 0 && entries[0].Level != 1)
            {
                paragraph.ParagraphProperties!.ParagraphStyleId!.Val = DocxStyles.Toc2;
            }

            paragraph.Append(TextRun(entries[i].Text));
            if (i == entries.Count - 1)
            {
                paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            }

            yield return paragraph;
        }
    }

    private static IEnumerable<OpenXmlElement> Table(DocumentTable table, int textWidth)
    {
        yield return Paragraph(table.Title, DocxStyles.TableTitle);
        var caption = new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.TableCaption },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth })),
            TextRun("部门：" + table.Department),
            new Run(new TabChar()),
            TextRun(table.Number + "　单位：万元"));
        yield return caption;

        var widths = ColumnWidths(table, textWidth);
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        var properties = new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = widths.Sum().ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 60, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "20", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 60, Type = TableWidthValues.Dxa }),
            new TableLook { Val = "04A0" });
        var t = new Table(properties, grid);

        // Header block: each grid position is the origin of a cell, covered horizontally (skipped: gridSpan) or
        // covered vertically (a vMerge continuation cell).
        var origin = new Dictionary<(int Row, int Column), HeaderCell>();
        var coveredBelow = new Dictionary<(int Row, int Column), HeaderCell>();
        foreach (var cell in table.Header)
        {
            origin[(cell.Row, cell.Column)] = cell;
            for (var r = cell.Row + 1; r < cell.Row + cell.RowSpan; r++)
            {
                coveredBelow[(r, cell.Column)] = cell;
            }
        }

        for (var r = 0; r < table.HeaderRowCount; r++)
        {
            var row = HeaderRow();
            for (var c = 0; c < table.GridColumnCount;)
            {
                if (origin.TryGetValue((r, c), out var cell))
                {
                    row.Append(Cell(cell.Text, SpanWidth(widths, c, cell.ColumnSpan), JustificationValues.Center, bold: true,
                        span: cell.ColumnSpan, merge: cell.RowSpan > 1 ? MergedCellValues.Restart : null));
                    c += cell.ColumnSpan;
                }
                else if (coveredBelow.TryGetValue((r, c), out var above))
                {
                    row.Append(Cell("", SpanWidth(widths, c, above.ColumnSpan), JustificationValues.Center, bold: true,
                        span: above.ColumnSpan, merge: MergedCellValues.Continue));
                    c += above.ColumnSpan;
                }
                else
                {
                    row.Append(Cell("", widths[c], JustificationValues.Center, bold: true));
                    c++;
                }
            }

            t.Append(row);
        }

        var numbers = HeaderRow();
        numbers.Append(Cell("栏次", SpanWidth(widths, 0, table.LeadingColumnCount), JustificationValues.Center, bold: true, span: table.LeadingColumnCount));
        for (var c = 1; c <= table.DataColumnCount; c++)
        {
            numbers.Append(Cell(c.ToString(System.Globalization.CultureInfo.InvariantCulture), widths[table.LeadingColumnCount + c - 1], JustificationValues.Center, bold: true));
        }

        t.Append(numbers);

        foreach (var row in table.Rows)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            tr.Append(Cell(row.Code, widths[0], JustificationValues.Left));
            tr.Append(Cell(row.Label, widths[1], JustificationValues.Left));
            if (table.HasLineNumbers)
            {
                tr.Append(Cell(row.LineNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", widths[2], JustificationValues.Center));
            }

            for (var c = 0; c < table.DataColumnCount; c++)
            {
                var value = row.Cells[c];
                var text = value is null ? "" : row.IsCount ? AmountFormat.Count(value.Value) : AmountFormat.Amount(value.Value);
                tr.Append(Cell(text, widths[table.LeadingColumnCount + c], JustificationValues.Right));
            }

            t.Append(tr);
        }

        if (table.EmptyStatement is not null)
        {
            var tr = new TableRow(new TableRowProperties(new CantSplit()));
            tr.Append(Cell("", widths[0], JustificationValues.Left));
            tr.Append(Cell("合计", SpanWidth(widths, 1, table.LeadingColumnCount - 1), JustificationValues.Left, span: table.LeadingColumnCount - 1));
            tr.Append(Cell("此表无数据", SpanWidth(widths, table.LeadingColumnCount, table.DataColumnCount), JustificationValues.Center, span: table.DataColumnCount));
            t.Append(tr);
        }

        yield return t;
        foreach (var note in table.Notes)
        {
            yield return Paragraph(note, DocxStyles.TableNote);
        }

        if (table.EmptyStatement is { } statement)
        {
            yield return Paragraph(statement, DocxStyles.TableNote);
        }
    }

    private static TableRow HeaderRow() => new(new TableRowProperties(new CantSplit(), new TableHeader()));

    private static TableCell Cell(
        string text, int width, JustificationValues justification, bool bold = false, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (merge is not null)
        {
            properties.Append(new VerticalMerge { Val = merge });
        }

        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.TableText }, new Justification { Val = justification }));
        if (text.Length > 0)
        {
            var run = TextRun(text);
            if (bold)
            {
                run.PrependChild(new RunProperties(new Bold()));
            }

            paragraph.Append(run);
        }

        return new TableCell(properties, paragraph);
    }

    private static int SpanWidth(int[] widths, int first, int count) => widths.Skip(first).Take(count).Sum();

    /// <summary>Code, name and 行次 columns of fixed widths; the 栏次 columns share the rest.</summary>
    private static int[] ColumnWidths(DocumentTable table, int textWidth)
    {
        var code = table.Kind == DisclosureTableKind.ThreePublicCosts ? 500 : 1100;
        var name = table.Kind == DisclosureTableKind.ThreePublicCosts ? 1000 : Math.Min(3600, textWidth / 3);
        var line = table.HasLineNumbers ? 500 : 0;
        var rest = textWidth - code - name - line;
        var each = table.DataColumnCount == 0 ? 0 : Math.Min(2600, rest / table.DataColumnCount);
        var widths = new List<int> { code, name + (rest - (each * table.DataColumnCount)) };
        if (table.HasLineNumbers)
        {
            widths.Add(line);
        }

        widths.AddRange(Enumerable.Repeat(each, table.DataColumnCount));
        return [.. widths];
    }

    private static SectionProperties SectionProperties(bool landscape, string footerId, SectionMarkValues mark) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
        new SectionType { Val = mark },
        landscape
            ? new PageSize { Width = A4Long, Height = A4Short, Orient = PageOrientationValues.Landscape }
            : new PageSize { Width = A4Short, Height = A4Long },
        landscape
            ? new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 }
            : new PageMargin { Top = 2098, Bottom = 1984, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 });

    /// <summary>A footer with the page number, — 1 — as official documents print it.</summary>
    private static Footer PageNumberFooter()
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.Footer }));
        paragraph.Append(TextRun("— "));
        paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }));
        paragraph.Append(new Run(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        paragraph.Append(TextRun("1"));
        paragraph.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
        paragraph.Append(TextRun(" —"));
        return new Footer(paragraph);
    }
}
