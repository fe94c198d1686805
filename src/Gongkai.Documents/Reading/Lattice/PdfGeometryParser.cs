using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading.Lattice;

/// <summary>
/// Parses what poppler says about a PDF's pages: the words with their boxes (<c>pdftotext -bbox-layout</c>, XHTML) and
/// the straight borders drawn on each page (<c>pdftocairo -svg</c>: stroked lines, and the thin filled rectangles some
/// producers draw borders with). Glyph outlines inside &lt;symbol&gt; are not drawings and are skipped.
/// </summary>
internal static partial class PdfGeometryParser
{
    private const double Straight = 0.6;
    private const double MinimumLength = 3;
    private const double ThinRectangle = 2.0;

    /// <summary>The words of each page, in page order.</summary>
    public static List<PdfPageContent> ParseWords(string xhtml)
    {
        var pages = new List<PdfPageContent>();
        var block = 0;
        var line = 0;
        foreach (Match m in WordMarkup().Matches(xhtml))
        {
            if (m.Groups["block"].Success)
            {
                block++;
                continue;
            }

            if (m.Groups["page"].Success)
            {
                pages.Add(new PdfPageContent());
                continue;
            }

            if (m.Groups["line"].Success)
            {
                line++;
                continue;
            }

            if (pages.Count == 0)
            {
                continue;
            }

            var text = WebUtility.HtmlDecode(m.Groups["text"].Value);
            if (text.Length > 0 && Number(m, "x0") is { } x0 && Number(m, "y0") is { } y0 && Number(m, "x1") is { } x1 && Number(m, "y1") is { } y1)
            {
                pages[^1].Words.Add(new PdfWord(text, x0, y0, x1, y1, pages.Count - 1, block, line));
            }
        }

        return pages;
    }

    /// <summary>Adds the borders drawn on each page of <paramref name="svg"/> to the pages (matched by order).</summary>
    public static void AddRulings(string svg, List<PdfPageContent> pages)
    {
        var page = -1;
        var inSymbol = false;
        foreach (Match m in DrawingMarkup().Matches(svg))
        {
            var tag = m.Groups["tag"].Value;
            if (tag == "<page")
            {
                page++;
                continue;
            }

            if (tag == "<symbol")
            {
                inSymbol = true;
                continue;
            }

            if (tag == "</symbol")
            {
                inSymbol = false;
                continue;
            }

            // A single-page SVG has no <page> element: its drawing is the first page's.
            var target = Math.Max(page, 0);
            if (inSymbol || target >= pages.Count)
            {
                continue;
            }

            var attributes = m.Groups["attributes"].Value;
            var style = Attribute(attributes, "style") ?? "";
            var points = Points(Attribute(attributes, "d") ?? "", Matrix(Attribute(attributes, "transform")));
            var stroked = style.Contains("stroke:", StringComparison.Ordinal) && !style.Contains("stroke:none", StringComparison.Ordinal);
            if (stroked)
            {
                AddSegments(points, pages[target].Rulings);
            }
            else if (!style.Contains("fill:none", StringComparison.Ordinal))
            {
                AddThinRectangle(points, pages[target].Rulings);
            }
        }
    }

    private static void AddSegments(List<(double X, double Y, bool Move)> points, List<Ruling> rulings)
    {
        for (var i = 1; i < points.Count; i++)
        {
            if (points[i].Move)
            {
                continue;
            }

            AddSegment(points[i - 1].X, points[i - 1].Y, points[i].X, points[i].Y, rulings);
        }
    }

    private static void AddSegment(double x1, double y1, double x2, double y2, List<Ruling> rulings)
    {
        if (Math.Abs(y1 - y2) < Straight && Math.Abs(x1 - x2) > MinimumLength)
        {
            rulings.Add(new Ruling(true, (y1 + y2) / 2, Math.Min(x1, x2), Math.Max(x1, x2)));
        }
        else if (Math.Abs(x1 - x2) < Straight && Math.Abs(y1 - y2) > MinimumLength)
        {
            rulings.Add(new Ruling(false, (x1 + x2) / 2, Math.Min(y1, y2), Math.Max(y1, y2)));
        }
    }

    private static void AddThinRectangle(List<(double X, double Y, bool Move)> points, List<Ruling> rulings)
    {
        if (points.Count is < 4 or > 5 || points.Skip(1).Any(p => p.Move))
        {
            return;
        }

        var left = points.Min(p => p.X);
        var right = points.Max(p => p.X);
        var top = points.Min(p => p.Y);
        var bottom = points.Max(p => p.Y);
        if (bottom - top < ThinRectangle && right - left > MinimumLength)
        {
            rulings.Add(new Ruling(true, (top + bottom) / 2, left, right));
        }
        else if (right - left < ThinRectangle && bottom - top > MinimumLength)
        {
            rulings.Add(new Ruling(false, (left + right) / 2, top, bottom));
        }
    }

    // The end points of straight moves and lines; a curve's end point starts a new run so that no chord counts as a border.
    private static List<(double X, double Y, bool Move)> Points(string d, double[] matrix)
    {
        var points = new List<(double X, double Y, bool Move)>();
        var tokens = PathToken().Matches(d);
        var command = 'M';
        var numbers = new List<double>();
        (double X, double Y)? subpathStart = null;
        foreach (Match token in tokens)
        {
            if (char.IsLetter(token.Value[0]))
            {
                command = token.Value[0];
                numbers.Clear();
                if (command is 'Z' or 'z' && subpathStart is { } start)
                {
                    points.Add((start.X, start.Y, false));
                }

                continue;
            }

            if (!double.TryParse(token.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            {
                return points;
            }

            numbers.Add(number);
            var needed = command is 'C' or 'c' ? 6 : 2;
            if (numbers.Count < needed)
            {
                continue;
            }

            var x = numbers[needed - 2];
            var y = numbers[needed - 1];
            numbers.Clear();
            var point = (X: matrix[0] * x + matrix[2] * y + matrix[4], Y: matrix[1] * x + matrix[3] * y + matrix[5]);
            points.Add((point.X, point.Y, command is not 'L'));
            if (command is 'M')
            {
                subpathStart = point;
                command = 'L';
            }
        }

        return points;
    }

    private static double[] Matrix(string? transform)
    {
        if (transform is null)
        {
            return [1, 0, 0, 1, 0, 0];
        }

        var m = MatrixValues().Match(transform);
        if (!m.Success)
        {
            return [1, 0, 0, 1, 0, 0];
        }

        var values = m.Groups[1].Value.Split(',', StringSplitOptions.TrimEntries);
        return values.Length == 6 && values.All(v => double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            ? [.. values.Select(v => double.Parse(v, NumberStyles.Float, CultureInfo.InvariantCulture))]
            : [1, 0, 0, 1, 0, 0];
    }

    private static string? Attribute(string attributes, string name)
    {
        var at = attributes.IndexOf(" " + name + "=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + name.Length + 3;
        var end = attributes.IndexOf('"', start);
        return end < 0 ? null : attributes[start..end];
    }

    private static double? Number(Match m, string group) =>
        double.TryParse(m.Groups[group].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    [GeneratedRegex("""(?<page><page\b)|(?<block><block\b)|(?<line><line\b)|<word xMin="(?<x0>[-\d.]+)" yMin="(?<y0>[-\d.]+)" xMax="(?<x1>[-\d.]+)" yMax="(?<y1>[-\d.]+)">(?<text>[^<]*)</word>""")]
    private static partial Regex WordMarkup();

    [GeneratedRegex("""(?<tag><page|</?symbol)\b|(?<tag><path)(?<attributes>[^>]*)/?>""")]
    private static partial Regex DrawingMarkup();

    [GeneratedRegex(@"[A-Za-z]|-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    private static partial Regex PathToken();

    [GeneratedRegex(@"matrix\(([^)]*)\)")]
    private static partial Regex MatrixValues();
}
