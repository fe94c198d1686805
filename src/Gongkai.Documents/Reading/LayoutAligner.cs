namespace Gongkai.Documents.Reading;

/// <summary>
/// Puts the cells of space-split lines (PDF layout text) into columns. Such a line lacks its blank cells, so a value
/// can only be placed by where it stands: the columns are the runs of character positions that the table's rows
/// occupy (the gaps between them are the white rivers of the layout), and each cell goes to the column it overlaps most.
/// </summary>
internal static class LayoutAligner
{
    /// <summary>
    /// Aligned copies of the rows: every row gets one cell per column. <paramref name="anchor"/> is the header row with
    /// the most cells; it and the data rows define the columns (a column with no data still has its header).
    /// </summary>
    public static List<string[]> Align(IReadOnlyList<SourceLine> rows, IReadOnlyList<int> columnDefiningRows) =>
        Align(rows, columnDefiningRows, out _);

    /// <summary>As <see cref="Align(IReadOnlyList{SourceLine}, IReadOnlyList{int})"/>, also giving each column's character span.</summary>
    public static List<string[]> Align(IReadOnlyList<SourceLine> rows, IReadOnlyList<int> columnDefiningRows, out List<(int Start, int End)> spans)
    {
        var width = 0;
        foreach (var row in rows)
        {
            if (row.CellStarts is { } starts)
            {
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    width = Math.Max(width, starts[i] + row.Cells[i].Length);
                }
            }
        }

        var occupied = new bool[width + 1];
        foreach (var r in columnDefiningRows)
        {
            var row = rows[r];
            if (row.CellStarts is not { } starts)
            {
                continue;
            }

            for (var i = 0; i < row.Cells.Count; i++)
            {
                for (var x = starts[i]; x < starts[i] + row.Cells[i].Length && x < occupied.Length; x++)
                {
                    occupied[x] = true;
                }
            }
        }

        var columns = new List<(int Start, int End)>();
        for (var x = 0; x < occupied.Length; x++)
        {
            if (occupied[x] && (x == 0 || !occupied[x - 1]))
            {
                var end = x;
                while (end < occupied.Length && occupied[end])
                {
                    end++;
                }

                columns.Add((x, end));
                x = end;
            }
        }

        spans = columns;
        var result = new List<string[]>(rows.Count);
        foreach (var row in rows)
        {
            if (row.CellStarts is not { } starts || columns.Count == 0)
            {
                result.Add([.. row.Cells]);
                continue;
            }

            var cells = new string[columns.Count];
            Array.Fill(cells, "");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var c = ColumnOf(columns, starts[i], starts[i] + row.Cells[i].Length);
                cells[c] = cells[c].Length == 0 ? row.Cells[i].Trim() : cells[c] + " " + row.Cells[i].Trim();
            }

            result.Add(cells);
        }

        return result;
    }

    private static int ColumnOf(List<(int Start, int End)> columns, int start, int end)
    {
        var best = 0;
        var bestOverlap = -1;
        var bestDistance = int.MaxValue;
        for (var c = 0; c < columns.Count; c++)
        {
            var overlap = Math.Min(end, columns[c].End) - Math.Max(start, columns[c].Start);
            var distance = Math.Abs((start + end) - (columns[c].Start + columns[c].End));
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap <= 0 && distance < bestDistance))
            {
                best = c;
                bestOverlap = overlap;
                bestDistance = distance;
            }
        }

        return best;
    }
}
