namespace Gongkai.Documents.Reading;

/// <summary>
/// Splits a line of text into cells: at tabs (exact: empty cells keep their place), at the pipes of a Markdown table
/// row, or at runs of two or more spaces (layout text: the cells record where they start, see
/// <see cref="SourceLine.CellStarts"/>). A line with none of these is one cell.
/// </summary>
public static class LineSplitter
{
    /// <summary>The cells of a line and, for a space-split line, where each starts; starts is null otherwise.</summary>
    public static (IReadOnlyList<string> Cells, IReadOnlyList<int>? Starts) Split(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            var parts = line.Split('\t');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Trim();
            }

            return (parts, null);
        }

        var trimmed = line.Trim();
        if (trimmed.Length > 2 && trimmed[0] == '|' && trimmed[^1] == '|')
        {
            var parts = trimmed[1..^1].Split('|');
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = parts[i].Trim();
            }

            return (parts, null);
        }

        return SplitAtSpaces(line);
    }

    private static (IReadOnlyList<string> Cells, IReadOnlyList<int>? Starts) SplitAtSpaces(string line)
    {
        List<string>? cells = null;
        List<int>? starts = null;
        var i = 0;
        var n = line.Length;
        while (i < n && IsSpace(line[i]))
        {
            i++;
        }

        var cellStart = i;
        var lastNonSpace = i - 1;
        while (i < n)
        {
            if (!IsSpace(line[i]))
            {
                lastNonSpace = i;
                i++;
                continue;
            }

            var runStart = i;
            var width = 0;
            while (i < n && IsSpace(line[i]))
            {
                width += line[i] == '\u3000' ? 2 : 1;
                i++;
            }

            if (width >= 2 && i < n)
            {
                cells ??= [];
                starts ??= [];
                cells.Add(line[cellStart..runStart]);
                starts.Add(cellStart);
                cellStart = i;
            }
        }

        if (cells is null)
        {
            // One cell; an indented one keeps where it starts, for it may be a wrapped piece of a layout table cell.
            var lead = 0;
            while (lead < line.Length && IsSpace(line[lead]))
            {
                lead++;
            }

            return lead >= 2 && lead < line.Length ? ([line.Trim()], [lead]) : ([line.Trim()], null);
        }

        cells.Add(line[cellStart..(lastNonSpace + 1)]);
        starts!.Add(cellStart);
        return (cells, starts);
    }

    private static bool IsSpace(char c) => c is ' ' or '\u3000' or '\u00A0';
}
