using System.Xml;
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
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

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
        // Fast deflate: the table XML is verbose and compresses well either way; Normal costs more than the rest.
        package.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
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

        // The body is streamed: the tables (most of the document) are written straight as XML, the few other
        // elements are OpenXml objects written into the same stream. Building the whole tree costs several times more.
        using (var stream = main.GetStream(FileMode.Create, FileAccess.Write))
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(true);
            xml.WriteStartElement("w", "document", W);
            xml.WriteStartElement("w", "body", W);
            var landscape = false;
            foreach (var block in document.Blocks)
            {
                switch (block)
                {
                    case HeadingBlock heading:
                        Paragraph(heading.Text, heading.Level switch
                        {
                            1 => DocxStyles.Heading1,
                            2 => DocxStyles.Heading2,
                            _ => DocxStyles.Heading3,
                        }).WriteTo(xml);
                        break;
                    case ParagraphBlock paragraph:
                        Paragraph(paragraph.Text, paragraph.Kind switch
                        {
                            ParagraphKind.Cover => DocxStyles.Title,
                            ParagraphKind.ContentsTitle => DocxStyles.ContentsTitle,
                            ParagraphKind.TableNote => DocxStyles.TableNote,
                            _ => DocxStyles.Body,
                        }).WriteTo(xml);
                        break;
                    case TableOfContentsBlock contents:
                        foreach (var p in TableOfContents(contents))
                        {
                            p.WriteTo(xml);
                        }

                        break;
                    case TableBlock table:
                        WriteTable(xml, table.Table, landscape ? LandscapeTextWidth : PortraitTextWidth);
                        break;
                    case PageBreakBlock pageBreak when pageBreak.Landscape != landscape:
                        // A change of orientation needs a section: the paragraph closing the section carries its layout.
                        new Paragraph(new ParagraphProperties(SectionProperties(landscape, footerId, SectionMarkValues.NextPage))).WriteTo(xml);
                        landscape = pageBreak.Landscape;
                        break;
                    case PageBreakBlock:
                        new Paragraph(new Run(new Break { Type = BreakValues.Page })).WriteTo(xml);
                        break;
                }
            }

            SectionProperties(landscape, footerId, SectionMarkValues.NextPage).WriteTo(xml);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

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

    private static void WriteTable(XmlWriter xml, DocumentTable table, int textWidth)
    {
        Paragraph(table.Title, DocxStyles.TableTitle).WriteTo(xml);
        new Paragraph(
            new ParagraphProperties(
                new ParagraphStyleId { Val = DocxStyles.TableCaption },
                new Tabs(new TabStop { Val = TabStopValues.Right, Position = textWidth })),
            TextRun("部门：" + table.Department),
            new Run(new TabChar()),
            TextRun(table.Number + "　单位：万元")).WriteTo(xml);

        var widths = ColumnWidths(table, textWidth);
        xml.WriteStartElement("w", "tbl", W);
        new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Dxa, Width = Invariant(widths.Sum()) },
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
            new TableLook { Val = "04A0" }).WriteTo(xml);
        new TableGrid(widths.Select(w => new GridColumn { Width = Invariant(w) })).WriteTo(xml);

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
            StartRow(xml, header: true);
            for (var c = 0; c < table.GridColumnCount;)
            {
                if (origin.TryGetValue((r, c), out var cell))
                {
                    Cell(xml, cell.Text, SpanWidth(widths, c, cell.ColumnSpan), "center", bold: true, cell.ColumnSpan, cell.RowSpan > 1 ? "restart" : null);
                    c += cell.ColumnSpan;
                }
                else if (coveredBelow.TryGetValue((r, c), out var above))
                {
                    Cell(xml, "", SpanWidth(widths, c, above.ColumnSpan), "center", bold: true, above.ColumnSpan, "continue");
                    c += above.ColumnSpan;
                }
                else
                {
                    Cell(xml, "", widths[c], "center", bold: true);
                    c++;
                }
            }

            xml.WriteEndElement();
        }

        StartRow(xml, header: true);
        Cell(xml, "栏次", SpanWidth(widths, 0, table.LeadingColumnCount), "center", bold: true, table.LeadingColumnCount);
        for (var c = 1; c <= table.DataColumnCount; c++)
        {
            Cell(xml, Invariant(c), widths[table.LeadingColumnCount + c - 1], "center", bold: true);
        }

        xml.WriteEndElement();

        foreach (var row in table.Rows)
        {
            StartRow(xml, header: false);
            Cell(xml, row.Code, widths[0], "left");
            Cell(xml, row.Label, widths[1], "left");
            if (table.HasLineNumbers)
            {
                Cell(xml, row.LineNumber is { } line ? Invariant(line) : "", widths[2], "center");
            }

            for (var c = 0; c < table.DataColumnCount; c++)
            {
                var value = row.Cells[c];
                var text = value is null ? "" : row.IsCount ? AmountFormat.Count(value.Value) : AmountFormat.Amount(value.Value);
                Cell(xml, text, widths[table.LeadingColumnCount + c], "right");
            }

            xml.WriteEndElement();
        }

        if (table.EmptyStatement is not null)
        {
            StartRow(xml, header: false);
            Cell(xml, "", widths[0], "left");
            Cell(xml, "合计", SpanWidth(widths, 1, table.LeadingColumnCount - 1), "left", span: table.LeadingColumnCount - 1);
            Cell(xml, "此表无数据", SpanWidth(widths, table.LeadingColumnCount, table.DataColumnCount), "center", span: table.DataColumnCount);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        foreach (var note in table.Notes)
        {
            Paragraph(note, DocxStyles.TableNote).WriteTo(xml);
        }

        if (table.EmptyStatement is { } statement)
        {
            Paragraph(statement, DocxStyles.TableNote).WriteTo(xml);
        }
    }

    /// <summary>Opens w:tr; a header row repeats on every page (w:tblHeader). No row splits across pages.</summary>
    private static void StartRow(XmlWriter xml, bool header)
    {
        xml.WriteStartElement("w", "tr", W);
        xml.WriteStartElement("w", "trPr", W);
        Empty(xml, "cantSplit");
        if (header)
        {
            Empty(xml, "tblHeader");
        }

        xml.WriteEndElement();
    }

    /// <summary>A w:tc with its width, spans and one paragraph of table text.</summary>
    private static void Cell(XmlWriter xml, string text, int width, string justification, bool bold = false, int span = 1, string? merge = null)
    {
        xml.WriteStartElement("w", "tc", W);
        xml.WriteStartElement("w", "tcPr", W);
        xml.WriteStartElement("w", "tcW", W);
        xml.WriteAttributeString("w", "w", W, Invariant(width));
        xml.WriteAttributeString("w", "type", W, "dxa");
        xml.WriteEndElement();
        if (span > 1)
        {
            Valued(xml, "gridSpan", Invariant(span));
        }

        if (merge == "restart")
        {
            Valued(xml, "vMerge", merge);
        }
        else if (merge is not null)
        {
            Empty(xml, "vMerge");
        }

        Valued(xml, "vAlign", "center");
        xml.WriteEndElement();

        xml.WriteStartElement("w", "p", W);
        xml.WriteStartElement("w", "pPr", W);
        Valued(xml, "pStyle", DocxStyles.TableText);
        Valued(xml, "jc", justification);
        xml.WriteEndElement();
        if (text.Length > 0)
        {
            xml.WriteStartElement("w", "r", W);
            if (bold)
            {
                xml.WriteStartElement("w", "rPr", W);
                Empty(xml, "b");
                xml.WriteEndElement();
            }

            xml.WriteStartElement("w", "t", W);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(text);
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Empty(XmlWriter xml, string name)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteEndElement();
    }

    private static void Valued(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("w", name, W);
        xml.WriteAttributeString("w", "val", W, value);
        xml.WriteEndElement();
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

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
