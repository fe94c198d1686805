using System.Text.RegularExpressions;
using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>
/// The tables of a word-processor text export (seed 004's annexes): one cell per line, each cell line starting with a
/// tab (two cells on one line are separated by a tab), a cell's further lines without a tab, rows separated by blank
/// lines. A table is found by its title line (the next non-blank line is a cell line) and ends at the first line of
/// prose after a blank line. A blank line followed by a lone weight such as "(50分)" does not end the row: word
/// processors put one inside a cell.
/// </summary>
internal static partial class TextGrid
{
    /// <summary>The index of the first title line containing <paramref name="title"/> that is followed by cell lines; -1 if none.</summary>
    public static int FindTitle(IReadOnlyList<string> lines, string title, int from = 0)
    {
        for (var i = from; i < lines.Count; i++)
        {
            if (IsCellLine(lines[i]) || !PerformanceText.Compact(lines[i]).Contains(title, StringComparison.Ordinal))
            {
                continue;
            }

            var j = i + 1;
            while (j < lines.Count && IsBlank(lines[j]))
            {
                j++;
            }

            if (j < lines.Count && IsCellLine(lines[j]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The rows of the table whose title is at <paramref name="titleIndex"/>; <paramref name="end"/> is the index after it.</summary>
    public static List<List<GridCell>> Rows(IReadOnlyList<string> lines, int titleIndex, out int end)
    {
        var rows = new List<List<GridCell>>();
        List<GridCell>? current = null;
        var inMergedCell = false;
        var i = titleIndex + 1;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (IsCellLine(line))
            {
                inMergedCell = false;
                current ??= [];
                foreach (var part in line.Split('\t').Skip(1))
                {
                    current.Add(new GridCell(part, i + 1));
                }

                i++;
                continue;
            }

            if (IsBlank(line))
            {
                var j = i;
                while (j < lines.Count && IsBlank(lines[j]))
                {
                    j++;
                }

                if (current is { Count: > 0 } && j < lines.Count && !IsCellLine(lines[j]) && WeightInCell().IsMatch(PerformanceText.Clean(lines[j])))
                {
                    Append(current, lines[j]);
                    i = j + 1;
                    inMergedCell = true;
                    continue;
                }

                // After a weight inside a merged cell, the row goes on past the blank lines the word processor added.
                if (inMergedCell && current is not null && j < lines.Count && IsCellLine(lines[j]))
                {
                    i = j;
                    continue;
                }

                inMergedCell = false;
                if (current is not null)
                {
                    rows.Add(current);
                    current = null;
                }

                if (j >= lines.Count || !IsCellLine(lines[j]))
                {
                    i = j;
                    break;
                }

                i = j;
                continue;
            }

            if (current is { Count: > 0 })
            {
                Append(current, line);
                i++;
                continue;
            }

            break;
        }

        if (current is not null)
        {
            rows.Add(current);
        }

        end = i;
        return rows;
    }

    /// <summary>True for a line that holds cells.</summary>
    public static bool IsCellLine(string line) => line.StartsWith('\t');

    /// <summary>True for a blank line (spaces, ideographic spaces only).</summary>
    public static bool IsBlank(string line) => !IsCellLine(line) && string.IsNullOrWhiteSpace(line);

    private static void Append(List<GridCell> row, string line)
    {
        var last = row[^1];
        row[^1] = last with { Text = last.Text + "\n" + line };
    }

    [GeneratedRegex(@"^[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$")]
    private static partial Regex WeightInCell();
}
