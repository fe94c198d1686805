using System.Text;
using System.Text.RegularExpressions;

namespace Gongkai.Claims;

/// <summary>
/// Joins extracted lines into paragraphs: a line that stops in mid-sentence (no 。；：! ? at its end) continues on the
/// next non-empty line, across blank lines and page breaks, unless that line starts a heading. Table lines (tabs or
/// runs of spaces between cells) end a paragraph and are left out: tables are read by the table readers.
/// </summary>
public static partial class ParagraphJoiner
{
    /// <summary>The paragraphs of the lines, in order.</summary>
    public static IReadOnlyList<Paragraph> Join(IReadOnlyList<NarrativeLine> lines)
    {
        var result = new List<Paragraph>();
        var text = new StringBuilder();
        var starts = new List<int>();
        var positions = new List<Model.SourcePosition>();
        string? section = null;
        var fullWidth = FullLineWidth(lines);

        var cell = false;

        void Flush()
        {
            if (text.Length > 0)
            {
                result.Add(new Paragraph(text.ToString(), [.. starts], [.. positions], section, cell));
            }

            cell = false;

            text.Clear();
            starts.Clear();
            positions.Clear();
        }

        foreach (var line in lines)
        {
            // PDF text extraction puts spaces between Chinese and numbers (增加 38.48 万元); a space between two Chinese
            // words may be a real separator and stays.
            var t = SpaceBesideChinese().Replace(line.Text.Trim().Replace('\u3000', ' '), "");
            if (t.Length == 0)
            {
                if (text.Length > 0 && EndsSentence(text))
                {
                    Flush();
                }

                continue;
            }

            if (IsTableLine(line.Text))
            {
                Flush();
                continue;
            }

            // A line that starts with a tab is one cell of a table printed cell by cell (seed 004's annexes): it is
            // read on its own, never joined to the next cell, whose number would run into its own.
            if (line.Text.StartsWith('\t'))
            {
                Flush();
                starts.Add(0);
                positions.Add(line.Position);
                text.Append(t);
                cell = true;
                Flush();
                continue;
            }

            if (IsHeading(t))
            {
                Flush();
                if (t.Length <= 40 && !t.Contains('，'))
                {
                    section = t;
                }
            }

            starts.Add(text.Length);
            positions.Add(line.Position);
            text.Append(t);
            // A short numbered line is a heading on its own, unless it fills the line width of a page (PDF text): then
            // it is the first line of a numbered paragraph that wraps, "2、支出情况：…，占总支" + "出的0.0%…".
            if (EndsSentence(text) && t.Length < 60 && IsHeading(t) && (EndsWithStop(t) || !FillsLine(line.Text, fullWidth)))
            {
                Flush();
            }
        }

        Flush();
        return result;
    }

    /// <summary>True for a heading such as 一、 （二） 3、 第三部分.</summary>
    public static bool IsHeading(string line) => HeadingPattern().IsMatch(line);

    private static bool EndsWithStop(string text) => text[^1] is '。' or '；' or '！' or '？' or ';';

    // The width of a full line of prose: the 90th percentile of the display widths of the prose lines. Text and Word
    // documents hold a paragraph per line, so their percentile is far above any heading's width; PDF text wraps at the
    // page width, which the percentile finds.
    private static int FullLineWidth(IReadOnlyList<NarrativeLine> lines)
    {
        var widths = lines.Where(l => !l.Text.StartsWith('\t') && !IsTableLine(l.Text)).Select(l => DisplayWidth(l.Text))
            .Where(w => w >= 20).Order().ToList();
        return widths.Count < 5 ? 0 : widths[(int)(widths.Count * 0.9)];
    }

    private static bool FillsLine(string line, int fullWidth) => fullWidth > 0 && DisplayWidth(line) * 100 >= fullWidth * 92;

    private static int DisplayWidth(string line)
    {
        var width = 0;
        foreach (var c in line.AsSpan().Trim())
        {
            width += c >= '\u2E80' ? 2 : 1;
        }

        return width;
    }

    private static bool EndsSentence(StringBuilder text)
    {
        var last = text[^1];
        return last is '。' or '；' or '：' or '！' or '？' or ':' or ';' || (text.Length < 60 && HeadingPattern().IsMatch(text.ToString()));
    }

    // Cells apart by tabs, or (in PDF layout text) by a wide gap: prose has single spaces at most.
    internal static bool IsTableLine(string line) => CellSeparator().IsMatch(line) || TableSpacing().IsMatch(line) || WideGap().IsMatch(line.Trim());

    [GeneratedRegex(@"^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[0-9]+、|[0-9]+[.．](?![0-9]))")]
    private static partial Regex HeadingPattern();

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF]) {1,2}(?=[0-9A-Za-z])|(?<=[0-9A-Za-z.%]) {1,2}(?=[\p{IsCJKUnifiedIdeographs}\u3000-\u303F\uFF00-\uFFEF])")]
    private static partial Regex SpaceBesideChinese();

    [GeneratedRegex(@"\S {4,}\S")]
    private static partial Regex WideGap();

    [GeneratedRegex(@"\S\t+\S")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"\S {3,}\S.* {3,}\S")]
    private static partial Regex TableSpacing();
}
