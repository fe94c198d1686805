using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading.Lattice;

/// <summary>
/// Puts a PDF's ruled tables back together from word boxes and drawn borders, the way a reader sees them: a table row
/// is the band between two horizontal borders, a cell the stretch between two vertical borders crossing that band,
/// and a cell whose top border is missing continues the cell above (a vertically merged cell). Text that wraps inside a
/// narrow cell is joined again, which the layout text cannot do; so is a row that a page break splits (the part at
/// the top of the next page has the same columns and only continues cells that already had text). The result is the
/// cell-per-line text of a word processor's export (a cell line starts with a tab, rows end at a blank line, a
/// merged-over cell is an empty cell line), with the prose outside the tables as plain lines (a line that fills its
/// text block runs on into the next), in page order.
/// </summary>
internal static partial class RuledTableText
{
    private const double SameLine = 1.2;
    private const double MinimumBand = 3;
    private const double Reach = 2.5;

    /// <summary>The text of the pages; null when no page has a ruled table.</summary>
    public static string? Compose(IReadOnlyList<PdfPageContent> pages)
    {
        var items = new List<Item>();
        Band? open = null;
        foreach (var page in pages)
        {
            var pageItems = PageItems(page);
            if (open is not null && pageItems.FirstOrDefault(i => !IsPageNumber(i)) is { Band: { } first } && Continues(open, first))
            {
                foreach (var (cell, previous) in first.Cells.Zip(open.Cells))
                {
                    previous.Origin.Words.AddRange(cell.Origin.Words);
                }

                pageItems.RemoveAll(i => i.Band == first);
            }

            items.AddRange(pageItems);
            open = pageItems.LastOrDefault(i => !IsPageNumber(i))?.Band;
        }

        if (!items.Any(i => i.Band is not null))
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var item in items)
        {
            if (item.Band is { } band)
            {
                text.Append('\n');
                foreach (var cell in band.Cells)
                {
                    text.Append('\t').Append(cell.Origin == cell ? CellText(cell.Words) : "").Append('\n');
                }

                text.Append('\n');
            }
            else
            {
                text.Append(item.Prose).Append('\n');
            }
        }

        return text.ToString();
    }

    // The prose paragraphs and table rows of one page, in the order they stand.
    private static List<Item> PageItems(PdfPageContent page)
    {
        var bands = Bands(page);
        var prose = new List<PdfWord>();
        foreach (var word in page.Words)
        {
            var band = bands.FirstOrDefault(b => word.CenterY > b.Top && word.CenterY < b.Bottom);
            var cell = band?.Cells.FirstOrDefault(c => word.CenterX > c.Left && word.CenterX < c.Right);
            if (cell is null)
            {
                prose.Add(word);
            }
            else
            {
                cell.Origin.Words.Add(word);
            }
        }

        var items = Paragraphs(prose).Concat(bands.Select(b => new Item(b.Top, null, b))).OrderBy(i => i.Y).ToList();
        return items;
    }

    private static List<Band> Bands(PdfPageContent page)
    {
        var horizontals = page.Rulings.Where(r => r.Horizontal).ToList();
        var verticals = page.Rulings.Where(r => !r.Horizontal).ToList();
        var levels = Cluster(horizontals.Select(r => r.At));
        var bands = new List<Band>();
        for (var i = 0; i + 1 < levels.Count; i++)
        {
            var top = levels[i];
            var bottom = levels[i + 1];
            if (bottom - top < MinimumBand)
            {
                continue;
            }

            var edges = Cluster(verticals.Where(v => v.From <= top + Reach && v.To >= bottom - Reach).Select(v => v.At));
            if (edges.Count < 2)
            {
                continue;
            }

            var above = bands.Count > 0 && bands[^1].Bottom >= top - SameLine ? bands[^1] : null;
            var band = new Band(top, bottom);
            for (var c = 0; c + 1 < edges.Count; c++)
            {
                var centre = (edges[c] + edges[c + 1]) / 2;
                var topBorder = horizontals.Any(h => Math.Abs(h.At - top) <= SameLine && h.Spans(centre, Reach));
                var origin = topBorder ? null : above?.Cells.FirstOrDefault(cell => cell.Left < centre && cell.Right > centre)?.Origin;
                band.Cells.Add(new Cell(edges[c], edges[c + 1], origin));
            }

            bands.Add(band);
        }

        return bands;
    }

    // A row split by a page break: the same columns, and the part on the new page only continues cells that had text.
    private static bool Continues(Band previous, Band next)
    {
        if (previous.Cells.Count != next.Cells.Count
            || previous.Cells.Zip(next.Cells).Any(p => Math.Abs(p.First.Left - p.Second.Left) > Reach || Math.Abs(p.First.Right - p.Second.Right) > Reach))
        {
            return false;
        }

        var pairs = previous.Cells.Zip(next.Cells).Select(p => (Before: p.First.Origin.Words.Count > 0, After: p.Second.Origin == p.Second && p.Second.Words.Count > 0)).ToList();
        return pairs.Any(p => p.After) && pairs.All(p => !p.After || p.Before) && pairs.Any(p => p.Before && !p.After);
    }

    // Lines of one text block run on while they fill the block's width: a paragraph wrapped by the page.
    private static IEnumerable<Item> Paragraphs(List<PdfWord> prose)
    {
        foreach (var block in prose.GroupBy(w => w.Block))
        {
            var lines = block.GroupBy(w => w.Line).Select(l => l.ToList()).ToList();
            var right = lines.Max(l => l.Max(w => w.XMax));
            var paragraph = new StringBuilder();
            double? y = null;
            foreach (var line in lines)
            {
                y ??= line.Min(w => w.YMin);
                paragraph.Append(JoinLine(line));
                var em = line.Max(w => w.YMax - w.YMin);
                if (line.Max(w => w.XMax) < right - 1.5 * em || line == lines[^1])
                {
                    yield return new Item(y.Value, paragraph.ToString(), null);
                    paragraph.Clear();
                    y = null;
                }
            }
        }
    }

    // A cell's words line by line (lines in page order); lines that wrapped inside the cell are joined without a break.
    private static string CellText(List<PdfWord> words)
    {
        var lines = new List<List<PdfWord>>();
        foreach (var word in words.OrderBy(w => w.Page).ThenBy(w => w.YMin).ThenBy(w => w.XMin))
        {
            var line = lines.FirstOrDefault(l => l[0].Page == word.Page && Math.Abs(l[0].CenterY - word.CenterY) < (word.YMax - word.YMin) / 2);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return string.Concat(lines.Select(l => JoinLine([.. l.OrderBy(w => w.XMin)])));
    }

    // Words of one visual line: a space between two Latin words or numbers, none where Chinese text meets anything.
    private static string JoinLine(List<PdfWord> words)
    {
        var line = new StringBuilder();
        foreach (var word in words)
        {
            if (line.Length > 0 && !IsCjk(line[^1]) && !IsCjk(word.Text[0]))
            {
                line.Append(' ');
            }

            line.Append(word.Text);
        }

        return line.ToString();
    }

    private static bool IsCjk(char c) => c >= '\u2E80' && !(c >= '\uFF10' && c <= '\uFF19');

    private static bool IsPageNumber(Item item) => item.Prose is { } prose && PageNumber().IsMatch(prose);

    private static List<double> Cluster(IEnumerable<double> values)
    {
        var clusters = new List<double>();
        foreach (var value in values.Order())
        {
            if (clusters.Count > 0 && value - clusters[^1] <= SameLine)
            {
                continue;
            }

            clusters.Add(value);
        }

        return clusters;
    }

    [GeneratedRegex(@"^\s*(?:[-—－]\s*\d{1,4}\s*[-—－]|第\s*\d{1,4}\s*页(?:\s*[，,/共]\s*共?\s*\d{1,4}\s*页)?|\d{1,4}(?:\s*/\s*\d{1,4})?)\s*$")]
    private static partial Regex PageNumber();

    private sealed record Item(double Y, string? Prose, Band? Band);

    private sealed class Band(double top, double bottom)
    {
        public double Top { get; } = top;

        public double Bottom { get; } = bottom;

        public List<Cell> Cells { get; } = [];
    }

    private sealed class Cell
    {
        public Cell(double left, double right, Cell? origin)
        {
            Left = left;
            Right = right;
            Origin = origin ?? this;
        }

        public double Left { get; }

        public double Right { get; }

        public Cell Origin { get; }

        public List<PdfWord> Words { get; } = [];
    }
}
