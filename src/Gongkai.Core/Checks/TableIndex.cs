using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>
/// The classification hierarchy of one table's coded rows (which row is whose parent), computed once per report and
/// shared by every rule that sums children, so that no rule scans for children by string prefixes.
/// </summary>
public sealed class TableIndex
{
    private readonly int[] parentOf;
    private readonly bool[] hasChildren;

    /// <summary>Indexes a table.</summary>
    public TableIndex(DisclosureTable table)
    {
        var rows = table.Rows;
        parentOf = new int[rows.Count];
        hasChildren = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            parentOf[i] = -1;
            var key = rows[i].Key;
            if (rows[i].IsCoded && key.Length is 5 or 7)
            {
                var parent = table.IndexOf(key.AsSpan(0, key.Length - 2));
                if (parent >= 0)
                {
                    parentOf[i] = parent;
                    hasChildren[parent] = true;
                }
            }
        }
    }

    /// <summary>The index of the row's parent row, or -1.</summary>
    public int ParentOf(int row) => parentOf[row];

    /// <summary>True when some row of the table has this row as parent.</summary>
    public bool HasChildren(int row) => hasChildren[row];
}
