using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads text documents (.txt, .md; also the text pdftotext makes): one <see cref="SourceLine"/> per line, with cells
/// split at tabs, Markdown pipes or runs of spaces. Text copied from a Word table often puts each cell on its own line
/// behind a tab, with a blank line after each row (seed 004's annexes); such runs are joined back into rows.
/// </summary>
public static class TextDocumentReader
{
    /// <summary>Reads text into a document.</summary>
    public static ReadDocument Read(string text, string sourceName)
    {
        var notes = new List<ReadingNote>();
        var document = ToDocument(text, sourceName, SourceFormat.Text, null, notes);
        return DocumentAssembler.Assemble(document, notes);
    }

    /// <summary>
    /// The lines of a text. <paramref name="page"/> gives each text line its page (PDF), or null for plain text;
    /// its line numbers then count within the page.
    /// </summary>
    public static SourceDocument ToDocument(string text, string sourceName, SourceFormat format, Func<int, (int Page, int Line)>? page, List<ReadingNote> notes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = SplitLines(text);
        if (raw.Count > ReadLimits.MaxLines)
        {
            notes.Add(new ReadingNote(null, MessageCatalogue.Format(MessageCatalogue.ReadingLinesTruncated, ReadLimits.MaxLines)));
            raw.RemoveRange(ReadLimits.MaxLines, raw.Count - ReadLimits.MaxLines);
        }

        var lines = new List<SourceLine>(raw.Count);
        var i = 0;
        while (i < raw.Count)
        {
            var position = PositionOf(i, page);
            if (IsCellLine(raw[i]) && StartsCellRun(raw, i))
            {
                var cells = new List<string>();
                var cellPositions = new List<SourcePosition>();
                var j = i;
                while (j < raw.Count && cells.Count < ReadLimits.MaxCellsPerRow)
                {
                    if (IsCellLine(raw[j]))
                    {
                        cells.Add(raw[j][1..].Trim());
                        cellPositions.Add(PositionOf(j, page));
                    }
                    else if (cells.Count > 0 && raw[j].Trim().Length > 0 && !raw[j].Contains('\t', StringComparison.Ordinal))
                    {
                        cells[^1] = cells[^1] + "\n" + raw[j].Trim();
                    }
                    else
                    {
                        break;
                    }

                    j++;
                }

                lines.Add(new SourceLine(lines.Count, string.Join('\t', cells), position, cells, isTableRow: true, cellPositions: cellPositions));
                i = j;
                continue;
            }

            var (split, starts) = LineSplitter.Split(raw[i]);
            if (split.Count > ReadLimits.MaxCellsPerRow)
            {
                split = split.Take(ReadLimits.MaxCellsPerRow).ToList();
                starts = starts?.Take(ReadLimits.MaxCellsPerRow).ToList();
            }

            lines.Add(new SourceLine(lines.Count, raw[i].TrimEnd(), position, split, split.Count > 1, starts));
            i++;
        }

        return new SourceDocument(sourceName, format, lines);
    }

    private static SourcePosition PositionOf(int index, Func<int, (int Page, int Line)>? page)
    {
        if (page is null)
        {
            return new SourcePosition(Line: index + 1);
        }

        var (p, l) = page(index);
        return new SourcePosition(Line: l, Page: p);
    }

    // A run of cells: another cell line follows, with at most a few wrapped lines of this cell before it.
    private static bool StartsCellRun(List<string> raw, int i)
    {
        for (var j = i + 1; j < raw.Count && j <= i + 4; j++)
        {
            if (IsCellLine(raw[j]))
            {
                return true;
            }

            if (raw[j].Trim().Length == 0 || raw[j].Contains('\t', StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    // A cell of a Word table copied as text: a tab, then the cell's text (no other tab).
    private static bool IsCellLine(string line) =>
        line.Length > 0 && line[0] == '\t' && line.IndexOf('\t', 1) < 0;

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }
}
