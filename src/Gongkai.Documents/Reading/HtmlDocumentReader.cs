using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads an HTML page (a disclosure published on a web site, or Gongkai's own HTML export): block elements become
/// lines, real tables become rows with one cell per column (a cell spanning columns or rows leaves empty cells where
/// it reaches, so every value stays under its column, as for Word tables), a caption one line per part. Scripts and
/// styles are not text. The walk is iterative, so a page nested thousands of levels deep reads like any other.
/// Positions: the line of the HTML source; table, row and column.
/// </summary>
public static class HtmlDocumentReader
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "section", "article",
        "header", "footer", "nav", "main", "aside", "ul", "ol", "dl", "figure", "figcaption", "address", "hr", "body",
        "caption",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object",
    };

    /// <summary>True when the text looks like an HTML page rather than plain text.</summary>
    public static bool LooksLikeHtml(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (start.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The deepest nesting of elements read; a real page stays far below it.</summary>
    public const int MaxDepth = 1000;

    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param",
    };

    /// <summary>Reads the page's text; <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="DocumentReadException">The page holds no text, or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static ReadDocument Read(string html, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(html);
        // The parser's time grows much faster than the depth; a page built to nest deeply is refused before parsing.
        var depth = NestingDepth(html);
        if (depth > MaxDepth)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingHtmlTooDeep, sourceName, depth, MaxDepth), sourceName);
        }
        var document = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        var state = new State(sourceName);
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (root is not null)
        {
            Walk(root, state);
        }

        state.FlushLine(null);
        if (state.Lines.All(l => l.Text.Trim().Length == 0))
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingNoText, sourceName), sourceName);
        }

        return DocumentAssembler.Assemble(new SourceDocument(sourceName, SourceFormat.Html, state.Lines), state.Notes);
    }

    // The greatest number of open tags at any point, counted in one pass (an estimate: unclosed <p> and <li> count as
    // open, which only makes it larger).
    private static int NestingDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = 0; i + 1 < html.Length; i++)
        {
            if (html[i] != '<')
            {
                continue;
            }

            if (html[i + 1] == '/')
            {
                depth = Math.Max(0, depth - 1);
                continue;
            }

            if (!char.IsAsciiLetter(html[i + 1]))
            {
                continue;
            }

            var end = i + 1;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            var close = html.IndexOf('>', end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (!selfClosing && !VoidElements.Contains(html[(i + 1)..end]))
            {
                depth++;
                max = Math.Max(max, depth);
                if (max > MaxDepth)
                {
                    return max;
                }
            }
        }

        return max;
    }

    private static void Walk(INode root, State state)
    {
        // An explicit stack: (node, entering). Leaving a block element ends its line.
        var stack = new Stack<(INode Node, bool Entering)>();
        stack.Push((root, true));
        while (stack.Count > 0 && !state.Full)
        {
            var (node, entering) = stack.Pop();
            if (node is IText text)
            {
                state.Append(text.Data, node.Parent as IElement);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (!entering)
            {
                if (IsBlock(element))
                {
                    state.FlushLine(element);
                }

                continue;
            }

            if (Skipped.Contains(name))
            {
                continue;
            }

            if (element is IHtmlTableElement table)
            {
                state.FlushLine(element);
                AddTable(table, state);
                continue;
            }

            if (name == "br")
            {
                state.FlushLine(element);
                continue;
            }

            if (IsBlock(element))
            {
                state.FlushLine(element);
                stack.Push((node, false));
            }

            // A list item reads as it does in text copied from the page: a bullet before it, so that a 目录 of table
            // titles is a list and not the tables' own titles.
            if (name == "li")
            {
                state.AppendRaw("- ", element);
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], true));
            }
        }
    }

    private static bool IsBlock(IElement element) => Blocks.Contains(element.LocalName);

    private static void AddTable(IHtmlTableElement table, State state)
    {
        var number = ++state.Tables;
        if (table.Caption is { } caption)
        {
            // A caption's parts are its lines; a part made of parts (部门：… beside 公开07表 单位：万元) is one line
            // with a tab between them, as the printed table sets them side by side.
            var parts = caption.Children.Length == 0 ? [caption] : caption.Children.ToArray();
            foreach (var part in parts)
            {
                var text = part.Children.Length == 0 ? CellText(part) : string.Join('\t', part.Children.Select(CellText));
                state.AppendRaw(text, part);
                state.FlushLine(part);
            }
        }

        // Columns still covered by a cell from a row above: column -> rows left.
        var covered = new Dictionary<int, int>();
        var r = 0;
        foreach (var row in table.Rows)
        {
            if (state.Full)
            {
                return;
            }

            r++;
            var cells = new List<string>();
            var positions = new List<SourcePosition>();
            void Place(string text)
            {
                positions.Add(new SourcePosition(Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionDocxCell, number, r, cells.Count + 1)));
                cells.Add(text);
            }

            void SkipCovered()
            {
                while (covered.TryGetValue(cells.Count, out var left) && left > 0 && cells.Count < ReadLimits.MaxCellsPerRow)
                {
                    covered[cells.Count] = left - 1;
                    Place("");
                }
            }

            foreach (var cell in row.Cells)
            {
                SkipCovered();
                var span = Math.Clamp(cell.ColumnSpan, 1, ReadLimits.MaxCellsPerRow);
                var down = Math.Clamp(cell.RowSpan, 1, 10_000);
                var text = CellText(cell);
                for (var s = 0; s < span && cells.Count < ReadLimits.MaxCellsPerRow; s++)
                {
                    if (down > 1)
                    {
                        covered[cells.Count] = down - 1;
                    }

                    Place(s == 0 ? text : "");
                }
            }

            SkipCovered();
            var position = new SourcePosition(Line: Line(row), Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionDocxRow, number, r));
            state.Add(new SourceLine(state.Lines.Count, string.Join('\t', cells), position, cells, isTableRow: true, cellPositions: positions));
        }

        state.Add(new SourceLine(state.Lines.Count, "", new SourcePosition(Cell: MessageCatalogue.Format(MessageCatalogue.ReadingPositionDocxRow, number, r + 1)), [""], false));
    }

    // A cell's text: its paragraphs and line breaks as "\n", other white space collapsed; iterative like the walk.
    private static string CellText(IElement cell)
    {
        var text = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(cell);
        while (stack.Count > 0 && text.Length < 100_000)
        {
            var node = stack.Pop();
            if (node is IText t)
            {
                AppendCollapsed(text, t.Data);
                continue;
            }

            if (node is not IElement e || Skipped.Contains(e.LocalName))
            {
                continue;
            }

            if (e != cell && (e.LocalName is "br" or "p" or "div" or "li") && text.Length > 0 && text[^1] != '\n')
            {
                TrimEndSpace(text);
                text.Append('\n');
            }

            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push(node.ChildNodes[i]);
            }
        }

        return text.ToString().Trim();
    }

    private static void AppendCollapsed(StringBuilder text, string data)
    {
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                {
                    text.Append(' ');
                }

                continue;
            }

            text.Append(c == '\u00A0' ? ' ' : c);
        }
    }

    private static void TrimEndSpace(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
    }

    private static int? Line(IElement? element) => element?.SourceReference?.Position.Line;

    private sealed class State(string sourceName) : BoundedLines([], [])
    {
        private readonly StringBuilder line = new();
        private int? lineStart;

        public int Tables { get; set; }

        public string SourceName { get; } = sourceName;

        public void Append(string data, IElement? parent)
        {
            if (line.Length == 0)
            {
                lineStart = Line(parent);
            }

            AppendCollapsed(line, data);
        }

        public void AppendRaw(string text, IElement? at)
        {
            if (line.Length == 0)
            {
                lineStart = Line(at);
            }

            line.Append(text);
        }

        public void FlushLine(IElement? at)
        {
            var text = line.ToString().Trim();
            line.Clear();
            if (text.Length == 0)
            {
                return;
            }

            // Tabs inside a paragraph separate cells, as in a text document; a list item ("- 第三部分　情况说明" in a
            // 目录) or a heading is prose, never a table row.
            var prose = text.StartsWith("- ", StringComparison.Ordinal) || at?.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
            var (cells, starts) = prose ? ([text], [0]) : LineSplitter.Split(text);
            var number = lineStart ?? Line(at);
            Add(new SourceLine(Lines.Count, text, new SourcePosition(Line: number), cells, cells.Count > 1, starts));
            lineStart = null;
        }
    }
}
