using System.Linq.Expressions;
using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>
/// Compiles a rule, once, into a delegate that answers only "how many instances, all holding exactly?" (or -1 when
/// any instance differs, a table or required row is missing, or a cell is unreadable). The delegate is straight-line
/// code over the model — loops over the forEach domains, direct cell reads, decimal arithmetic — so that the common
/// case, a consistent report, costs little. On -1 the interpreter runs the rule and produces the findings, so the two
/// paths always report the same thing (tests compare them).
/// </summary>
internal static class CompiledPlan
{
    /// <summary>The delegate for a comparison.</summary>
    public static Func<CheckContext, int> Compile(CompiledComparison c)
    {
        var builder = new PlanBuilder(c);
        return builder.Build();
    }

    // Helpers the generated code calls; kept tiny so the JIT inlines them.
    internal static decimal Value(TableRow? row, int column) => row is not null && row[column] is { } v ? v : 0m;

    /// <summary>
    /// The fixed row with this key, tried first at the position where it was last found: tables of one template list
    /// their fixed rows at the same place, so this usually replaces a string hash look-up by one key comparison. The
    /// hint is shared by the threads using the plan; a stale or torn value only costs the ordinary look-up.
    /// </summary>
    internal static TableRow? FindFixed(DisclosureTable table, string key, int[] hint)
    {
        var rows = table.Rows;
        var at = hint[0];
        if ((uint)at < (uint)rows.Count && string.Equals(rows[at].Key, key, StringComparison.Ordinal))
        {
            return rows[at];
        }

        var found = table.IndexOf(key);
        if (found < 0)
        {
            return null;
        }

        hint[0] = found;
        return rows[found];
    }

    internal static bool Missing(TableRow? row, DisclosureTable table) => row is null && table.EmptyStatement is null;

    internal static bool HasCell(CheckContext context, DisclosureTableKind kind, TableRow row, int column) =>
        context.Templates.Table(kind) is { } t && t.HasCell(row, column);

    internal static int[] TemplateColumns(CheckContext context, DisclosureTableKind kind) =>
        context.Templates.Table(kind) is { } t ? [.. t.CodedRows.Columns] : [];

    internal static string[] Classes(CheckContext context, DisclosureTableKind[] kinds)
    {
        var seen = new List<string>();
        foreach (var kind in kinds)
        {
            foreach (var row in context.Table(kind)!.Rows)
            {
                if (row.IsCoded && row.Key.Length == 3 && !seen.Contains(row.Key))
                {
                    seen.Add(row.Key);
                }
            }
        }

        return [.. seen];
    }

    internal static decimal SumChildren(CheckContext context, DisclosureTable table, int parent, int column)
    {
        if (parent < 0)
        {
            return 0m;
        }

        decimal total = 0;
        var rows = table.Rows;
        foreach (var child in context.Index(table).Children(parent))
        {
            if (rows[child][column] is { } v)
            {
                total += v;
            }
        }

        return total;
    }

    internal static decimal SumCoded(DisclosureTable table, int column, bool classesOnly)
    {
        decimal total = 0;
        var rows = table.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.IsCoded && (!classesOnly || row.Key.Length == 3) && row[column] is { } v)
            {
                total += v;
            }
        }

        return total;
    }

    private sealed class PlanBuilder(CompiledComparison c)
    {
        private readonly ParameterExpression context = Expression.Parameter(typeof(CheckContext), "context");
        private readonly ParameterExpression instances = Expression.Variable(typeof(int), "instances");
        private readonly LabelTarget exit = Expression.Label(typeof(int), "exit");
        private readonly List<ParameterExpression> variables = [];
        private readonly Dictionary<DisclosureTableKind, ParameterExpression> tables = [];
        private readonly Dictionary<(DisclosureTableKind, string), ParameterExpression> fixedRows = [];
        private readonly Dictionary<(int Slot, DisclosureTableKind Table), ParameterExpression> lookedUp = [];
        private ParameterExpression[] slotRow = [];
        private ParameterExpression[] slotIndex = [];
        private ParameterExpression[] slotKey = [];
        private ParameterExpression[] slotNumber = [];

        public Func<CheckContext, int> Build()
        {
            var body = new List<Expression>();
            variables.Add(instances);
            foreach (var kind in c.Domains.SelectMany(d => d.Tables).Concat(c.Left.Concat(c.Right).Where(t => !t.IsConstant).Select(t => t.Table)).Distinct())
            {
                var table = Expression.Variable(typeof(DisclosureTable), "t" + kind.ShortCode());
                variables.Add(table);
                tables[kind] = table;
                body.Add(Expression.Assign(table, Expression.Call(context, nameof(CheckContext.Table), null, Expression.Constant(kind))));
                body.Add(Expression.IfThen(Expression.Equal(table, Expression.Constant(null, typeof(DisclosureTable))), Fallback()));
                body.Add(Expression.IfThen(Expression.Call(context, nameof(CheckContext.HasUnreadableCells), null, table), Fallback()));
            }

            foreach (var term in c.Left.Concat(c.Right))
            {
                foreach (var spec in new[] { term.Row, term.RowSetParent })
                {
                    if (spec is { Slot: < 0 } && !fixedRows.ContainsKey((term.Table, spec.Key!)))
                    {
                        var row = Expression.Variable(typeof(TableRow), "r");
                        variables.Add(row);
                        fixedRows[(term.Table, spec.Key!)] = row;
                        body.Add(Expression.Assign(row, Expression.Call(
                            typeof(CompiledPlan), nameof(FindFixed), null, tables[term.Table], Expression.Constant(spec.Key), Expression.Constant(new int[1]))));
                    }

                    if (spec is { Slot: < 0, Optional: false })
                    {
                        body.Add(Expression.IfThen(
                            Expression.Call(typeof(CompiledPlan), nameof(Missing), null, fixedRows[(term.Table, spec.Key!)], tables[term.Table]), Fallback()));
                    }
                }
            }

            var n = c.Domains.Count;
            slotRow = new ParameterExpression[n];
            slotIndex = new ParameterExpression[n];
            slotKey = new ParameterExpression[n];
            slotNumber = new ParameterExpression[n];
            for (var i = 0; i < n; i++)
            {
                slotRow[i] = Expression.Variable(typeof(TableRow), "row" + i);
                slotIndex[i] = Expression.Variable(typeof(int), "index" + i);
                slotKey[i] = Expression.Variable(typeof(string), "key" + i);
                slotNumber[i] = Expression.Variable(typeof(int), "number" + i);
                variables.AddRange([slotRow[i], slotIndex[i], slotKey[i], slotNumber[i]]);
            }

            body.Add(Level(0));
            body.Add(Expression.Label(exit, instances));
            var lambda = Expression.Lambda<Func<CheckContext, int>>(Expression.Block(variables, body), context);
            return lambda.Compile();
        }

        private Expression Fallback() => Expression.Return(exit, Expression.Constant(-1));

        private Expression Level(int level)
        {
            if (level == c.Domains.Count)
            {
                return Instance();
            }

            var domain = c.Domains[level];
            var lookups = Lookups(level).ToList();
            var inner = Expression.Block(lookups.Append(Level(level + 1)));
            switch (domain.Kind)
            {
                case DomainKind.Numbers:
                case DomainKind.Columns:
                    var numbers = domain.Kind == DomainKind.Numbers
                        ? (Expression)Expression.Constant(domain.Numbers.ToArray())
                        : Expression.Call(typeof(CompiledPlan), nameof(TemplateColumns), null, context, Expression.Constant(domain.Tables[0]));
                    return ForEach(numbers, typeof(int), item => Expression.Block(Expression.Assign(slotNumber[level], item), inner));
                case DomainKind.Classes:
                    var classes = Expression.Call(typeof(CompiledPlan), nameof(Classes), null, context, Expression.Constant(domain.Tables.ToArray()));
                    return ForEach(classes, typeof(string), item => Expression.Block(
                        Expression.Assign(slotKey[level], item), Expression.Assign(slotIndex[level], Expression.Constant(-1)), inner));
            }

            var table = tables[domain.Tables[0]];
            var rows = Expression.Property(table, nameof(DisclosureTable.Rows));
            var i = slotIndex[level];
            var row = slotRow[level];
            var skip = Expression.Label("skip" + level);
            Expression filter = domain.Kind switch
            {
                DomainKind.Coded => Expression.Not(Expression.Property(row, nameof(TableRow.IsCoded))),
                DomainKind.Parents => Expression.Not(Expression.AndAlso(
                    Expression.Property(row, nameof(TableRow.IsCoded)),
                    Expression.Call(Expression.Call(context, nameof(CheckContext.Index), null, table), nameof(TableIndex.HasChildren), null, i))),
                DomainKind.RowsWithColumn => Expression.Not(Expression.Call(
                    typeof(CompiledPlan), nameof(HasCell), null, context, Expression.Constant(domain.Tables[0]), row, Expression.Constant(domain.Numbers[0]))),
                _ => Expression.Constant(false),
            };
            var count = Expression.Property(rows, typeof(IReadOnlyCollection<TableRow>).GetProperty(nameof(IReadOnlyCollection<TableRow>.Count))!);
            var item = Expression.Property(rows, typeof(IReadOnlyList<TableRow>).GetProperty("Item")!, i);
            var end = Expression.Label("end" + level);
            return Expression.Block(
                Expression.Assign(i, Expression.Constant(0)),
                Expression.Loop(
                    Expression.IfThenElse(
                        Expression.LessThan(i, count),
                        Expression.Block(
                            Expression.Assign(row, item),
                            Expression.Assign(slotKey[level], Expression.Property(row, nameof(TableRow.Key))),
                            Expression.IfThen(filter, Expression.Goto(skip)),
                            inner,
                            Expression.Label(skip),
                            Expression.PostIncrementAssign(i)),
                        Expression.Break(end)),
                    end));
        }

        /// <summary>Rows of other tables found by this level's key, once per binding rather than once per column.</summary>
        private IEnumerable<Expression> Lookups(int level)
        {
            var domain = c.Domains[level];
            var boundTable = domain.IsColumnDomain || domain.Kind == DomainKind.Classes ? (DisclosureTableKind?)null : domain.Tables[0];
            foreach (var term in c.Left.Concat(c.Right))
            {
                foreach (var spec in new[] { term.Row, term.RowSetParent })
                {
                    if (spec is null || spec.Slot != level || term.Table == boundTable || lookedUp.ContainsKey((level, term.Table)))
                    {
                        continue;
                    }

                    var row = Expression.Variable(typeof(TableRow), "found");
                    variables.Add(row);
                    lookedUp[(level, term.Table)] = row;
                    yield return Expression.Assign(row, Expression.Call(tables[term.Table], nameof(DisclosureTable.Find), null, slotKey[level]));
                }
            }

            // A required row missing from another table sends the rule to the interpreter, which reports it.
            foreach (var term in c.Left.Concat(c.Right))
            {
                if (term.Row is { Slot: var s, Optional: false } && s == level && term.Table != boundTable)
                {
                    yield return Expression.IfThen(
                        Expression.Call(typeof(CompiledPlan), nameof(Missing), null, lookedUp[(level, term.Table)], tables[term.Table]), Fallback());
                }
            }
        }

        private Expression Instance()
        {
            var left = Side(c.Left);
            var right = Side(c.Right);
            Expression holds = c.Operator switch
            {
                ComparisonOperator.Equal => Expression.Equal(left, right),
                ComparisonOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
                _ => Expression.GreaterThanOrEqual(left, right),
            };
            return Expression.Block(Expression.IfThen(Expression.Not(holds), Fallback()), Expression.PostIncrementAssign(instances));
        }

        private Expression Side(IReadOnlyList<Term> terms)
        {
            Expression total = Expression.Constant(0m);
            foreach (var term in terms)
            {
                var value = term.IsConstant ? Expression.Constant(term.Constant) : Value(term);
                total = term.Sign == 1 ? Expression.Add(total, value) : Expression.Subtract(total, value);
            }

            return total;
        }

        private Expression Value(Term term)
        {
            var column = term.Column!.Slot >= 0 ? (Expression)slotNumber[term.Column.Slot] : Expression.Constant(term.Column.Number);
            var table = tables[term.Table];
            if (term.Row is { } spec)
            {
                return Expression.Call(typeof(CompiledPlan), nameof(CompiledPlan.Value), null, RowOf(spec, term.Table), column);
            }

            if (term.RowSet == RowSetKind.Children)
            {
                var parent = term.RowSetParent!;
                Expression index;
                if (parent.Slot >= 0 && BoundTable(parent.Slot) == term.Table)
                {
                    index = slotIndex[parent.Slot];
                }
                else
                {
                    var row = RowOf(parent, term.Table);
                    index = Expression.Condition(
                        Expression.Equal(row, Expression.Constant(null, typeof(TableRow))),
                        Expression.Constant(-1),
                        Expression.Call(table, nameof(DisclosureTable.IndexOf), null, Expression.Property(row, nameof(TableRow.Key))));
                }

                return Expression.Call(typeof(CompiledPlan), nameof(SumChildren), null, context, table, index, column);
            }

            return Expression.Call(typeof(CompiledPlan), nameof(SumCoded), null, table, column, Expression.Constant(term.RowSet == RowSetKind.Classes));
        }

        private Expression RowOf(RowSpec spec, DisclosureTableKind table)
        {
            if (spec.Slot < 0)
            {
                return fixedRows[(table, spec.Key!)];
            }

            return BoundTable(spec.Slot) == table ? slotRow[spec.Slot] : lookedUp[(spec.Slot, table)];
        }

        private DisclosureTableKind? BoundTable(int slot)
        {
            var d = c.Domains[slot];
            return d.IsColumnDomain || d.Kind == DomainKind.Classes ? null : d.Tables[0];
        }

        private static Expression ForEach(Expression array, Type element, Func<Expression, Expression> body)
        {
            var items = Expression.Variable(array.Type, "items");
            var i = Expression.Variable(typeof(int), "i");
            var end = Expression.Label("end");
            return Expression.Block(
                [items, i],
                Expression.Assign(items, array),
                Expression.Assign(i, Expression.Constant(0)),
                Expression.Loop(
                    Expression.IfThenElse(
                        Expression.LessThan(i, Expression.ArrayLength(items)),
                        Expression.Block(body(Expression.ArrayIndex(items, i)), Expression.PostIncrementAssign(i)),
                        Expression.Break(end)),
                    end));
        }
    }
}
