using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>
/// A rule declared as an expression over named cells (see <see cref="RuleExpressionParser"/>), compiled once and
/// evaluated for every binding of its forEach variables. The passing path reads cells and adds decimals only; names,
/// messages and cell lists are built only for an instance that does not hold.
/// </summary>
public sealed class ExpressionRule : CheckRule
{
    private readonly CompiledComparison compiled;
    private readonly IReadOnlySet<UnitKind>? unitKinds;

    // Arrays rather than the compiled lists: the evaluation loops index them millions of times, without enumerators.
    private readonly Term[] left;
    private readonly Term[] right;
    private readonly Domain[] domains;
    private readonly int[][] domainNumbers;
    private readonly FastPlan? fastPlan;
    private readonly Func<CheckContext, int>? compiledPlan;

    /// <summary>Creates a rule from a compiled expression.</summary>
    public ExpressionRule(string id, Severity severity, string description, string text, CompiledComparison compiled, IReadOnlySet<UnitKind>? unitKinds = null)
        : this(id, severity, description, text, compiled, unitKinds, useFastPlan: true)
    {
    }

    private ExpressionRule(string id, Severity severity, string description, string text, CompiledComparison compiled, IReadOnlySet<UnitKind>? unitKinds, bool useFastPlan)
        : base(id, severity, description)
    {
        Text = text;
        this.compiled = compiled;
        this.unitKinds = unitKinds;
        left = [.. compiled.Left];
        right = [.. compiled.Right];
        domains = [.. compiled.Domains];
        domainNumbers = [.. domains.Select(d => d.Numbers.ToArray())];
        fastPlan = useFastPlan ? FastPlan.TryCreate(compiled) : null;
        compiledPlan = useFastPlan && fastPlan is null ? CompiledPlan.Compile(compiled) : null;
    }

    /// <summary>The expression as written in the rule set.</summary>
    public string Text { get; }

    /// <summary>True when the rule has a specialised evaluation (tests compare it with the interpreter).</summary>
    internal bool HasFastPlan => fastPlan is not null;

    /// <summary>True when the rule has a compiled check of the passing case.</summary>
    internal bool HasCompiledPlan => compiledPlan is not null;

    /// <summary>The same rule evaluated by the interpreter alone (tests compare the two paths).</summary>
    internal ExpressionRule WithoutFastPlan() => new(Id, Severity, Description, Text, compiled, unitKinds, useFastPlan: false);

    /// <inheritdoc />
    public override RuleState Evaluate(CheckContext context, FindingSink sink)
    {
        if (unitKinds is not null && !unitKinds.Contains(context.Report.Unit.Kind))
        {
            return RuleState.NotApplicable;
        }

        // Most reports hold: the specialised plan confirms that cheaply; anything else goes through the interpreter.
        if (fastPlan is not null && fastPlan.AllHoldExactly(context, out var instances))
        {
            return instances == 0 ? RuleState.NotApplicable : RuleState.Passed;
        }

        if (compiledPlan is not null && compiledPlan(context) is var count and >= 0)
        {
            return count == 0 ? RuleState.NotApplicable : RuleState.Passed;
        }

        var run = new Run(this, context, sink);
        run.Enumerate(0);
        if (run.Failed)
        {
            return RuleState.Failed;
        }

        if (run.Missing is not null)
        {
            var cell = run.Missing.Value;
            sink.Add(new Finding(
                Id, Severity.Notice, context.Naming.Cell(cell),
                MessageCatalogue.Format(MessageCatalogue.MissingCells, Description, context.Naming.Cell(cell)),
                null, null, [cell]));
            return RuleState.InsufficientData;
        }

        return run.Instances == 0 ? RuleState.NotApplicable : RuleState.Passed;
    }

    private sealed class Run(ExpressionRule rule, CheckContext context, FindingSink sink)
    {
        private readonly Binding[] slots = new Binding[rule.domains.Length];

        public bool Failed { get; private set; }

        public CellRef? Missing { get; private set; }

        public int Instances { get; private set; }

        public void Enumerate(int level)
        {
            var domains = rule.domains;
            if (level == domains.Length)
            {
                Instances++;
                EvaluateInstance();
                return;
            }

            var domain = domains[level];
            switch (domain.Kind)
            {
                case DomainKind.Numbers:
                    foreach (var n in rule.domainNumbers[level])
                    {
                        slots[level] = new Binding { Number = n, RowIndex = -1 };
                        Enumerate(level + 1);
                    }

                    return;
                case DomainKind.Columns:
                    var template = context.Templates.Table(domain.Tables[0]);
                    if (template is null)
                    {
                        return;
                    }

                    var columns = template.CodedRows.Columns;
                    for (var c = 0; c < columns.Count; c++)
                    {
                        slots[level] = new Binding { Number = columns[c], RowIndex = -1 };
                        Enumerate(level + 1);
                    }

                    return;
                case DomainKind.Classes:
                    EnumerateClasses(level, domain);
                    return;
            }

            var table = context.Table(domain.Tables[0]);
            if (table is null)
            {
                Missing ??= new CellRef(domain.Tables[0], "*", 1);
                return;
            }

            var rows = table.Rows;
            TableIndex? index = domain.Kind == DomainKind.Parents ? context.Index(table) : null;
            var tableTemplate = domain.Kind == DomainKind.RowsWithColumn ? context.Templates.Table(table.Kind) : null;
            for (var i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var take = domain.Kind switch
                {
                    DomainKind.Rows => true,
                    DomainKind.Coded => row.IsCoded,
                    DomainKind.Parents => row.IsCoded && index!.HasChildren(i),
                    DomainKind.RowsWithColumn => tableTemplate is not null && tableTemplate.HasCell(row.Key, domain.Numbers[0]),
                    _ => false,
                };
                if (take)
                {
                    slots[level] = new Binding { Key = row.Key, RowIndex = i, RowTable = table.Kind };
                    Enumerate(level + 1);
                }
            }
        }

        private void EnumerateClasses(int level, Domain domain)
        {
            var seen = new List<string>();
            foreach (var kind in domain.Tables)
            {
                var table = context.Table(kind);
                if (table is null)
                {
                    Missing ??= new CellRef(kind, "*", 1);
                    return;
                }

                foreach (var row in table.Rows)
                {
                    if (row.Key.Length == 3 && row.IsCoded && !seen.Contains(row.Key))
                    {
                        seen.Add(row.Key);
                    }
                }
            }

            foreach (var key in seen)
            {
                slots[level] = new Binding { Key = key, RowIndex = -1 };
                Enumerate(level + 1);
            }
        }

        private void EvaluateInstance()
        {
            var c = rule.compiled;
            var addends = 0;
            CellRef? missing = null;
            var left = Side(rule.left, ref addends, ref missing, null);
            var right = Side(rule.right, ref addends, ref missing, null);
            if (missing is not null)
            {
                Missing ??= missing;
                return;
            }

            var difference = left - right;
            var holds = c.Operator switch
            {
                ComparisonOperator.Equal => difference == 0,
                ComparisonOperator.LessOrEqual => difference <= 0,
                _ => difference >= 0,
            };
            if (holds)
            {
                return;
            }

            var tolerance = context.Tolerance.For(Math.Max(1, addends - 1));
            var withinTolerance = Math.Abs(difference) <= tolerance;
            Report(left, right, difference, withinTolerance, tolerance);
            if (!withinTolerance)
            {
                Failed = true;
            }
        }

        private decimal Side(Term[] terms, ref int addends, ref CellRef? missing, List<(CellRef, decimal?, int)>? collect)
        {
            decimal total = 0;
            for (var t = 0; t < terms.Length; t++)
            {
                var term = terms[t];
                if (term.IsConstant)
                {
                    total += term.Sign * term.Constant;
                    continue;
                }

                var column = term.Column!.Slot >= 0 ? slots[term.Column.Slot].Number : term.Column.Number;
                var table = context.Table(term.Table);
                if (table is null)
                {
                    missing ??= new CellRef(term.Table, term.Row?.Key ?? "*", column);
                    continue;
                }

                if (term.Row is not null)
                {
                    addends++;
                    var value = Cell(table, term.Row, column, out var key, ref missing);
                    collect?.Add((new CellRef(term.Table, key, column), value, term.Sign));
                    if (value is { } v)
                    {
                        total += term.Sign == 1 ? v : -v;
                    }

                    continue;
                }

                var rows = table.Rows;
                if (term.RowSet == RowSetKind.Children)
                {
                    var parent = RowIndex(table, term.RowSetParent!, out _);
                    if (parent >= 0)
                    {
                        foreach (var i in context.Index(table).Children(parent))
                        {
                            addends++;
                            total += Add(term, rows[i], column, ref missing, collect);
                        }
                    }

                    continue;
                }

                for (var i = 0; i < rows.Count; i++)
                {
                    var row = rows[i];
                    if (row.IsCoded && (term.RowSet != RowSetKind.Classes || row.Key.Length == 3))
                    {
                        addends++;
                        total += Add(term, row, column, ref missing, collect);
                    }
                }
            }

            return total;
        }

        private static decimal Add(Term term, TableRow row, int column, ref CellRef? missing, List<(CellRef, decimal?, int)>? collect)
        {
            if (row.IsUnreadable(column))
            {
                missing ??= new CellRef(term.Table, row.Key, column);
            }

            var value = row[column];
            collect?.Add((new CellRef(term.Table, row.Key, column), value, term.Sign));
            return value is { } v ? (term.Sign == 1 ? v : -v) : 0m;
        }

        private decimal? Cell(DisclosureTable table, RowSpec spec, int column, out string key, ref CellRef? missing)
        {
            var index = RowIndex(table, spec, out key);
            if (index < 0)
            {
                if (!spec.Optional && table.EmptyStatement is null)
                {
                    missing ??= new CellRef(table.Kind, key, column);
                }

                return null;
            }

            var row = table.Rows[index];
            if (row.IsUnreadable(column))
            {
                missing ??= new CellRef(table.Kind, key, column);
                return null;
            }

            return row[column];
        }

        private int RowIndex(DisclosureTable table, RowSpec spec, out string key)
        {
            if (spec.Slot < 0)
            {
                key = spec.Key!;
                return table.IndexOf(key);
            }

            ref var b = ref slots[spec.Slot];
            key = b.Key!;
            if (b.RowIndex >= 0 && b.RowTable == table.Kind)
            {
                return b.RowIndex;
            }

            if (b.CachedTable != table.Kind)
            {
                b.CachedTable = table.Kind;
                b.CachedIndex = table.IndexOf(key);
            }

            return b.CachedIndex;
        }

        private void Report(decimal left, decimal right, decimal difference, bool withinTolerance, decimal tolerance)
        {
            var c = rule.compiled;
            var leftCells = new List<(CellRef Cell, decimal? Value, int Sign)>();
            var rightCells = new List<(CellRef Cell, decimal? Value, int Sign)>();
            var addends = 0;
            CellRef? ignored = null;
            Side(rule.left, ref addends, ref ignored, leftCells);
            Side(rule.right, ref addends, ref ignored, rightCells);
            var naming = context.Naming;
            var leftText = Describe(leftCells, c.Left);
            var rightText = Describe(rightCells, c.Right);
            var printed = leftCells.Count == 1 && c.Left.Count == 1 && leftCells[0].Sign == 1
                ? AmountFormat.Printed(leftCells[0].Value)
                : AmountFormat.Amount(left);
            var expected = AmountFormat.Amount(right);
            var all = leftCells.Concat(rightCells).Select(x => x.Cell).Distinct().ToList();
            var location = all.Count > 0 ? naming.Cell(all[0]) : rule.Description;
            string message;
            Severity severity;
            if (withinTolerance)
            {
                severity = Severity.Notice;
                message = MessageCatalogue.Format(MessageCatalogue.RoundingDifference, rule.Description, leftText, printed, rightText, expected,
                    AmountFormat.Difference(difference), AmountFormat.Amount(tolerance));
            }
            else if (c.Operator == ComparisonOperator.Equal)
            {
                severity = rule.Severity;
                message = MessageCatalogue.Format(MessageCatalogue.SumMismatch, rule.Description, leftText, printed, rightText, expected,
                    AmountFormat.Difference(difference));
                if (all.Count > 1)
                {
                    message += MessageCatalogue.SumMismatchWhichUnknown + MessageCatalogue.Format(MessageCatalogue.CellsInvolved, Names(all));
                }
            }
            else
            {
                severity = rule.Severity;
                message = MessageCatalogue.Format(MessageCatalogue.InequalityViolated, rule.Description, leftText, printed,
                    c.Operator == ComparisonOperator.LessOrEqual ? "大于" : "小于", rightText + " " + expected, AmountFormat.Difference(difference))
                    + MessageCatalogue.Format(MessageCatalogue.CellsInvolved, Names(all));
            }

            var source = all.Count > 0 ? context.Table(all[0].Table)?.Find(all[0].RowKey)?.Source : null;
            sink.Add(new Finding(rule.Id, severity, location, message, printed, expected, all, source));
        }

        private string Describe(List<(CellRef Cell, decimal? Value, int Sign)> cells, IReadOnlyList<Term> terms)
        {
            var naming = context.Naming;
            if (terms.Count == 1 && terms[0].RowSet is { } set)
            {
                var parentKey = terms[0].RowSetParent is { } p ? (p.Slot >= 0 ? slots[p.Slot].Key : p.Key) : null;
                var what = set switch
                {
                    RowSetKind.Children => naming.Row(terms[0].Table, parentKey!) + " 的下级科目之和",
                    RowSetKind.Classes => "各类科目之和",
                    _ => "各科目之和",
                };
                return $"{naming.Table(terms[0].Table)} {what}（{cells.Count} 项）";
            }

            if (cells.Count == 0)
            {
                return "0";
            }

            if (cells.Count > 4)
            {
                return $"{naming.Cell(cells[0].Cell)} 等 {cells.Count} 项之和";
            }

            var text = new System.Text.StringBuilder();
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0 || cells[i].Sign < 0)
                {
                    text.Append(cells[i].Sign < 0 ? "－" : "＋");
                }

                text.Append(naming.Cell(cells[i].Cell));
            }

            return text.ToString();
        }

        private string Names(List<CellRef> cells)
        {
            const int Shown = 12;
            var names = cells.Take(Shown).Select(context.Naming.Cell);
            var text = string.Join("、", names);
            return cells.Count > Shown ? text + $" 等 {cells.Count} 格" : text;
        }
    }
}
