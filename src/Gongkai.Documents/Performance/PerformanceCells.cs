using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>Reading numbers from cells, reporting the ones that are not numbers instead of dropping them.</summary>
internal sealed partial class PerformanceCells(string sourceName, List<PerformanceReadProblem> problems)
{
    /// <summary>The number in a cell: null for a blank or a dash; a problem (and null) for anything else that is not a number.</summary>
    public decimal? Number(GridCell? cell, string what)
    {
        if (cell is null || cell.IsBlank || PerformanceText.IsDash(cell.Text))
        {
            return null;
        }

        if (PerformanceText.Number(cell.Text) is { } n)
        {
            return n;
        }

        Problem(cell.Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceNotNumber, sourceName, cell.Line, what, cell.Clean));
        return null;
    }

    /// <summary>A whole number (a headcount).</summary>
    public int? Count(GridCell? cell, string what) =>
        Number(cell, what) is { } n && n == decimal.Truncate(n) && n >= 0 && n <= int.MaxValue ? (int)n : null;

    /// <summary>Records a problem.</summary>
    public void Problem(int line, string message) => problems.Add(new PerformanceReadProblem(line, message));

    /// <summary>The source name for messages.</summary>
    public string Source => sourceName;

    /// <summary>The first four-digit year before 年 in a text.</summary>
    public static int? Year(string text)
    {
        var m = YearPattern().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearPattern();
}
