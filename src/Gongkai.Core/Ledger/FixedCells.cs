namespace Gongkai.Ledgers;

/// <summary>The cells of a table's fixed rows, by row key and column, as the builder computes them.</summary>
internal sealed class FixedCells(int width)
{
    private readonly Dictionary<string, decimal?[]> cells = new(StringComparer.Ordinal);

    /// <summary>Sets one cell; null keeps it blank.</summary>
    public void Set(string key, int column, decimal? value)
    {
        if (!cells.TryGetValue(key, out var row))
        {
            row = new decimal?[width];
            cells[key] = row;
        }

        row[column - 1] = value;
    }

    /// <summary>One cell, null when never set.</summary>
    public decimal? Get(string key, int column) => cells.TryGetValue(key, out var row) ? row[column - 1] : null;
}
