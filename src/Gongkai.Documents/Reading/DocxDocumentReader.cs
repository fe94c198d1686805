using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads Word documents (.docx): paragraphs become lines (split at tabs as text is), real Word tables become rows with
/// one cell per grid column (a merged cell keeps its span as empty cells, so every value stays under its column).
/// Positions: paragraph number; table, row and column.
/// </summary>
public static class DocxDocumentReader
{
    /// <summary>Reads a .docx from a stream (checked with <see cref="PackageGuard"/> by the caller).</summary>
    public static ReadDocument Read(Stream stream, string sourceName)
    {
        var notes = new List<ReadingNote>();
        var lines = new List<SourceLine>();
        try
        {
            using var word = WordprocessingDocument.Open(stream, false);
            var body = word.MainDocumentPart?.Document?.Body;
            if (body is not null)
            {
                var state = new State(lines, notes);
                Walk(body, state);
            }
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or UriFormatException or ArgumentException or System.Xml.XmlException or InvalidOperationException or IOException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(
                MessageCatalogue.ReadingPackageInvalid, sourceName, MessageCatalogue.ReadingWordFormat, e.Message), sourceName, null, e);
        }

        return DocumentAssembler.Assemble(new SourceDocument(sourceName, SourceFormat.Docx, lines), notes);
    }

    private static void Walk(OpenXmlElement container, State state)
    {
        foreach (var element in container.ChildElements)
        {
            if (state.Full)
            {
                return;
            }

            switch (element)
            {
                case Paragraph p:
                    AddParagraph(p, state);
                    break;
                case Table t:
                    AddTable(t, state);
                    break;
                case SdtBlock or CustomXmlBlock:
                    Walk(element, state);
                    break;
                default:
                    if (element.LocalName == "sdtContent")
                    {
                        Walk(element, state);
                    }

                    break;
            }
        }
    }

    private static void AddParagraph(Paragraph p, State state)
    {
        state.Paragraphs++;
        var text = ParagraphText(p);
        foreach (var piece in text.Split('\n'))
        {
            var (cells, starts) = LineSplitter.Split(piece);
            var position = new SourcePosition(Line: state.Paragraphs, Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionParagraph, state.Paragraphs));
            state.Add(new SourceLine(state.Lines.Count, piece.TrimEnd(), position, cells, cells.Count > 1, starts));
        }
    }

    private static void AddTable(Table table, State state)
    {
        var number = ++state.Tables;
        var r = 0;
        foreach (var row in table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>())
        {
            r++;
            var cells = new List<string>();
            var positions = new List<SourcePosition>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var text = string.Join("\n", cell.Elements<Paragraph>().Select(ParagraphText).Where(t => t.Length > 0));
                foreach (var nested in cell.Elements<Table>())
                {
                    text += string.Join(" ", nested.Descendants<Paragraph>().Select(ParagraphText));
                }

                var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                for (var s = 0; s < Math.Max(1, span) && cells.Count < ReadLimits.MaxCellsPerRow; s++)
                {
                    positions.Add(new SourcePosition(Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionDocxCell, number, r, cells.Count + 1)));
                    cells.Add(s == 0 ? text.Trim() : "");
                }
            }

            var position = new SourcePosition(Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionDocxRow, number, r));
            state.Add(new SourceLine(state.Lines.Count, string.Join('\t', cells), position, cells, isTableRow: true, cellPositions: positions));
        }

        // A blank line after the table, as a page of text would have one.
        state.Add(new SourceLine(state.Lines.Count, "", new SourcePosition(Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionDocxRow, number, r + 1)), [""], false));
    }

    private static string ParagraphText(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break:
                case CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    private sealed class State(List<SourceLine> lines, List<ReadingNote> notes) : BoundedLines(lines, notes)
    {
        public int Paragraphs { get; set; }

        public int Tables { get; set; }
    }
}
