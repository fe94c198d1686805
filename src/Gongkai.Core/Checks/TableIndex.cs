using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>
/// The classification hierarchy of one table's coded rows (which rows are whose children), computed once per report
/// and shared by every rule that sums children, so that no rule scans the table for them.
/// </summary>
public sealed class TableIndex
{
    private readonly int[] childStart;
    private readonly int[] children;
    private readonly int[] parentOf;

    /// <summary>Indexes a table.</summary>
    public TableIndex(DisclosureTable table)
    {
        var rows = table.Rows;
        parentOf = new int[rows.Count];
        childStart = new int[rows.Count + 1];

        // Published tables list a 款 right after its 类 and a 项 after its 款, so the last row of the level above is
        // almost always the parent: test it first and look the parent up only when the order is unusual.
        int lastClass = -1, lastSection = -1;
        for (var i = 0; i < rows.Count; i++)
        {
            parentOf[i] = -1;
            var row = rows[i];
            if (!row.IsCoded)
            {
                continue;
            }

            var key = row.Key;
            var candidate = key.Length switch
            {
                3 => -2,
                5 => lastClass,
                7 => lastSection,
                _ => -2,
            };
            if (key.Length == 3)
            {
                lastClass = i;
            }
            else if (key.Length == 5)
            {
                lastSection = i;
            }

            if (candidate == -2)
            {
                continue;
            }

            var parentCode = key.AsSpan(0, key.Length - 2);
            var parent = candidate >= 0 && parentCode.SequenceEqual(rows[candidate].Key) ? candidate : table.IndexOf(parentCode);
            if (parent >= 0)
            {
                parentOf[i] = parent;
                childStart[parent + 1]++;
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        children = new int[childStart[rows.Count]];
        var fill = new int[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (parentOf[i] is var p and >= 0)
            {
                children[childStart[p] + fill[p]++] = i;
            }
        }
    }

    /// <summary>The indexes of the rows one level below this row, in table order.</summary>
    public ReadOnlySpan<int> Children(int row) => children.AsSpan(childStart[row], childStart[row + 1] - childStart[row]);

    /// <summary>The index of the row of the level above (the 类 of a 款, the 款 of a 项), or -1 when the table lacks it.</summary>
    public int Parent(int row) => parentOf[row];

    /// <summary>True when some row of the table has this row as parent.</summary>
    public bool HasChildren(int row) => childStart[row + 1] > childStart[row];
}
