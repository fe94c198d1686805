using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>
/// A specialised evaluation of the two rule shapes that make up most of a check's work — the same-row identity
/// (<c>T[r].1 = T[r].2 + T[r].3</c> over the rows of a table) and the hierarchy (<c>T[p].c = sum(T[children(p)].c)</c>) —
/// that only answers "does every instance hold exactly?". When it cannot say yes (a difference, an unreadable cell,
/// a missing table), the general interpreter runs the rule again and produces the findings, so both paths always
/// report the same thing and the specialisation is invisible except in speed.
/// </summary>
internal sealed class FastPlan
{
    private readonly DisclosureTableKind table;
    private readonly bool hierarchy;
    private readonly DomainKind rowDomain;
    private readonly int rowsWithColumn;
    private readonly int[] columns;
    private readonly int[] signs;
    private readonly bool templateColumns;

    private FastPlan(DisclosureTableKind table, bool hierarchy, DomainKind rowDomain, int rowsWithColumn, int[] columns, int[] signs, bool templateColumns)
    {
        this.table = table;
        this.hierarchy = hierarchy;
        this.rowDomain = rowDomain;
        this.rowsWithColumn = rowsWithColumn;
        this.columns = columns;
        this.signs = signs;
        this.templateColumns = templateColumns;
    }

    /// <summary>A plan for the comparison when it has one of the two shapes, else null.</summary>
    public static FastPlan? TryCreate(CompiledComparison c)
    {
        if (c.Operator != ComparisonOperator.Equal || c.Domains.Count == 0 || c.Domains[0].Tables.Count != 1)
        {
            return null;
        }

        var first = c.Domains[0];
        var kind = first.Tables[0];
        if (c.Domains.Count == 1 && first.Kind is DomainKind.Rows or DomainKind.RowsWithColumn)
        {
            var columns = new List<int>();
            var signs = new List<int>();
            foreach (var (term, side) in c.Left.Select(t => (t, 1)).Concat(c.Right.Select(t => (t, -1))))
            {
                if (term.Row is not { Slot: 0 } || term.Table != kind || term.Column is not { Slot: < 0 } column)
                {
                    return null;
                }

                columns.Add(column.Number);
                signs.Add(term.Sign * side);
            }

            return new FastPlan(kind, false, first.Kind, first.Numbers.Count > 0 ? first.Numbers[0] : 0, [.. columns], [.. signs], false);
        }

        if (first.Kind == DomainKind.Parents && c.Left.Count == 1 && c.Right.Count == 1
            && c.Left[0] is { Row.Slot: 0, Sign: 1 } parent && parent.Table == kind
            && c.Right[0] is { RowSet: RowSetKind.Children, RowSetParent.Slot: 0, Sign: 1 } sum && sum.Table == kind)
        {
            if (c.Domains.Count == 1 && parent.Column!.Slot < 0 && sum.Column!.Slot < 0 && parent.Column.Number == sum.Column.Number)
            {
                return new FastPlan(kind, true, DomainKind.Parents, 0, [parent.Column.Number], [], false);
            }

            if (c.Domains.Count == 2 && c.Domains[1].Kind == DomainKind.Columns && c.Domains[1].Tables[0] == kind
                && parent.Column!.Slot == 1 && sum.Column!.Slot == 1)
            {
                return new FastPlan(kind, true, DomainKind.Parents, 0, [], [], true);
            }
        }

        return null;
    }

    /// <summary>True when every instance holds exactly; <paramref name="instances"/> counts them.</summary>
    public bool AllHoldExactly(CheckContext context, out int instances)
    {
        instances = 0;
        var t = context.Table(table);
        if (t is null)
        {
            return false;
        }

        if (context.HasUnreadableCells(t))
        {
            return false;
        }

        return hierarchy ? Hierarchy(context, t, ref instances) : RowIdentity(context, t, ref instances);
    }

    private bool RowIdentity(CheckContext context, DisclosureTable t, ref int instances)
    {
        var template = rowDomain == DomainKind.RowsWithColumn ? context.Templates.Table(table) : null;
        if (rowDomain == DomainKind.RowsWithColumn && template is null)
        {
            return false;
        }

        var rows = t.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (template is not null && !template.HasCell(row, rowsWithColumn))
            {
                continue;
            }

            instances++;
            var cells = row.Cells;
            decimal difference = 0;
            for (var k = 0; k < columns.Length; k++)
            {
                var column = columns[k];
                if (column <= cells.Length && cells[column - 1] is { } v)
                {
                    difference += signs[k] == 1 ? v : -v;
                }
            }

            if (difference != 0)
            {
                return false;
            }
        }

        return true;
    }

    private bool Hierarchy(CheckContext context, DisclosureTable t, ref int instances)
    {
        IReadOnlyList<int> cols = columns;
        if (templateColumns)
        {
            var template = context.Templates.Table(table);
            if (template is null)
            {
                return false;
            }

            cols = template.CodedRows.Columns;
        }

        var index = context.Index(t);
        var rows = t.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            if (!rows[i].IsCoded || !index.HasChildren(i))
            {
                continue;
            }

            var children = index.Children(i);
            for (var k = 0; k < cols.Count; k++)
            {
                instances++;
                var column = cols[k];
                var total = rows[i][column] ?? 0m;
                foreach (var child in children)
                {
                    if (rows[child][column] is { } v)
                    {
                        total -= v;
                    }
                }

                if (total != 0)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
