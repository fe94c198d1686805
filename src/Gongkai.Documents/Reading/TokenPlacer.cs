using System.Text.RegularExpressions;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Places the cells of a layout-text row (pdftotext -layout) into the columns of its table header. pdftotext keeps each
/// cell's text but not reliably its column: Chinese text shifts what follows it, differently on every page. So the row
/// is read as a sequence (a code opens a column group, text is its name, an integer after the name its 行次, numbers its
/// values), and positions only decide what the sequence cannot: which group a number belongs to and which of a group's
/// value columns it fills when some are blank, measured against the header when the row is on the header's page.
/// </summary>
internal sealed partial class TokenPlacer
{
    private readonly List<ColumnSegment> layout;
    private readonly List<(int Start, int End)>? spans;
    private readonly int? headerPage;
    private readonly Dictionary<int, int> lastNameStarts = [];
    private int? lastPage;

    public TokenPlacer(List<ColumnSegment> layout, int width, List<(int Start, int End)>? spans, int? headerPage)
    {
        this.layout = layout;
        this.spans = spans;
        this.headerPage = headerPage;
        var highest = layout.SelectMany(s => s.Values.Select(v => v.Cell).Append(s.Code).Append(s.Name).Append(s.Line)).DefaultIfEmpty(-1).Max();
        Width = Math.Max(width, highest + 1) + 1;
    }

    /// <summary>Cells per placed row; the last one collects what fits nowhere.</summary>
    public int Width { get; }

    private int Overflow => Width - 1;

    public string[] Place(SourceLine line)
    {
        var cells = new string[Width];
        Array.Fill(cells, "");
        if (layout.Count == 0)
        {
            for (var i = 0; i < line.Cells.Count && i < Overflow; i++)
            {
                cells[i] = line.Cells[i];
            }

            return cells;
        }

        if (line.Position.Page != lastPage)
        {
            lastNameStarts.Clear();
            lastPage = line.Position.Page;
        }

        var samePage = spans is { Count: > 0 } && headerPage == line.Position.Page;
        var tokens = new List<(string Text, int Start)>();
        for (var i = 0; i < line.Cells.Count; i++)
        {
            var t = line.Cells[i].Trim();
            if (t.Length > 0)
            {
                tokens.Add((t, line.CellStarts is { } st && i < st.Count ? st[i] : 0));
            }
        }

        if (tokens.All(t => IsText(t.Text)))
        {
            PlaceContinuation(tokens, cells, samePage);
            return cells;
        }

        var s = -1;
        var hasName = new bool[layout.Count];
        var hasLine = new bool[layout.Count];
        var values = layout.Select(_ => new List<(string Text, int Start)>()).ToArray();
        var touched = new bool[layout.Count];
        foreach (var (text, start) in tokens)
        {
            var m = CodeAndName().Match(AmountText.NormaliseWidth(text));
            if (m.Success && layout.Any(g => g.Code >= 0))
            {
                s = s >= 0 && !touched[s] && layout[s].Code >= 0 ? s : Next(s, g => g.Code >= 0);
                touched[s] = true;
                Put(cells, layout[s].Code, m.Groups[1].Value);
                if (m.Groups[2].Value.Trim().Length > 0)
                {
                    Put(cells, layout[s].Name >= 0 ? layout[s].Name : layout[s].Code, m.Groups[2].Value.Trim());
                    hasName[s] = true;
                }

                continue;
            }

            if (IsText(text))
            {
                if (s >= 0 && layout[s].HasLabel && values[s].Count == 0 && !hasLine[s] && (!hasName[s] || layout[s].Name >= 0))
                {
                    Put(cells, layout[s].Name >= 0 ? layout[s].Name : layout[s].Code, text);
                }
                else
                {
                    s = Next(s, g => g.HasLabel);
                    Put(cells, layout[s].Name >= 0 ? layout[s].Name : layout[s].Code >= 0 ? layout[s].Code : Overflow, text);
                }

                hasName[s] = true;
                touched[s] = true;
                if (layout[s].Name >= 0)
                {
                    lastNameStarts[s] = start;
                }

                continue;
            }

            // A number (or a dash standing for blank).
            if (s < 0)
            {
                s = 0;
            }

            if (samePage && NearestSegment(start, text.Length) is { } near && near > s)
            {
                s = near;
            }

            touched[s] = true;
            if (layout[s].Line >= 0 && !hasLine[s] && values[s].Count == 0 && IsInteger(text)
                && (!samePage || CloserToLine(s, start, text.Length)))
            {
                Put(cells, layout[s].Line, text);
                hasLine[s] = true;
                continue;
            }

            values[s].Add((text, start));
        }

        for (var g = 0; g < layout.Count; g++)
        {
            PlaceValues(layout[g], values[g], cells, samePage);
        }

        return cells;
    }

    private void PlaceValues(ColumnSegment segment, List<(string Text, int Start)> values, string[] cells, bool samePage)
    {
        var columns = segment.Values.Select(v => v.Cell).ToList();
        if (values.Count > columns.Count)
        {
            foreach (var (text, _) in values.Skip(columns.Count))
            {
                Put(cells, Overflow, text);
            }

            values = values.Take(columns.Count).ToList();
        }

        if (values.Count == columns.Count || !samePage)
        {
            for (var i = 0; i < values.Count; i++)
            {
                Put(cells, columns[i], values[i].Text);
            }

            return;
        }

        // Fewer values than columns on the header's page: each goes to the nearest column still free, in order.
        var next = 0;
        for (var i = 0; i < values.Count; i++)
        {
            var last = columns.Count - (values.Count - i);
            var best = next;
            var bestDistance = double.MaxValue;
            for (var c = next; c <= last; c++)
            {
                var d = Math.Abs(Center(columns[c]) - (values[i].Start + (values[i].Text.Length / 2.0)));
                if (d < bestDistance)
                {
                    best = c;
                    bestDistance = d;
                }
            }

            Put(cells, columns[best], values[i].Text);
            next = best + 1;
        }
    }

    private void PlaceContinuation(List<(string Text, int Start)> tokens, string[] cells, bool samePage)
    {
        foreach (var (text, start) in tokens)
        {
            var best = 0;
            var bestDistance = double.MaxValue;
            for (var g = 0; g < layout.Count; g++)
            {
                if (!layout[g].HasLabel)
                {
                    continue;
                }

                double? at = lastNameStarts.TryGetValue(g, out var st) ? st
                    : samePage && layout[g].Name >= 0 && layout[g].Name < spans!.Count ? spans[layout[g].Name].Start : null;
                if (at is { } x && Math.Abs(x - start) < bestDistance)
                {
                    best = g;
                    bestDistance = Math.Abs(x - start);
                }
            }

            var target = layout[best].Name >= 0 ? layout[best].Name : layout[best].Code >= 0 ? layout[best].Code : Overflow;
            Put(cells, target, text);
        }
    }

    private int? NearestSegment(int start, int length)
    {
        var center = start + (length / 2.0);
        int? best = null;
        var bestDistance = double.MaxValue;
        for (var g = 0; g < layout.Count; g++)
        {
            foreach (var cell in layout[g].Values.Select(v => v.Cell).Append(layout[g].Line).Where(c => c >= 0))
            {
                var d = Math.Abs(Center(cell) - center);
                if (d < bestDistance)
                {
                    best = g;
                    bestDistance = d;
                }
            }
        }

        return best;
    }

    private bool CloserToLine(int segment, int start, int length)
    {
        var center = start + (length / 2.0);
        var line = Math.Abs(Center(layout[segment].Line) - center);
        return layout[segment].Values.All(v => Math.Abs(Center(v.Cell) - center) >= line);
    }

    private double Center(int cell) =>
        spans is { } s && cell >= 0 && cell < s.Count ? (s[cell].Start + s[cell].End) / 2.0 : cell * 1000.0;

    private int Next(int s, Func<ColumnSegment, bool> wanted)
    {
        for (var g = s + 1; g < layout.Count; g++)
        {
            if (wanted(layout[g]))
            {
                return g;
            }
        }

        return Math.Max(0, Math.Min(s + 1, layout.Count - 1));
    }

    private static void Put(string[] cells, int index, string text)
    {
        if (index < 0 || index >= cells.Length)
        {
            index = cells.Length - 1;
        }

        cells[index] = cells[index].Length == 0 ? text : cells[index] + " " + text;
    }

    private static bool IsText(string text)
    {
        if (text.Contains("无数据", StringComparison.Ordinal))
        {
            // 此表无数据 stands where the values would: it is read as one.
            return false;
        }

        var kind = AmountText.Parse(text).Kind;
        return kind == AmountTextKind.NotNumber && !CodeAndName().IsMatch(AmountText.NormaliseWidth(text)) && !IsInteger(text);
    }

    private static bool IsInteger(string text) => int.TryParse(AmountText.NormaliseWidth(text).Trim(), out _);

    [GeneratedRegex(@"^([0-9]{3}(?:[0-9]{2}){0,2})(?![0-9.])\s*(.*)$")]
    private static partial Regex CodeAndName();
}
