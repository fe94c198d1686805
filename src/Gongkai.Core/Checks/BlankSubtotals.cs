using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Checks;

/// <summary>
/// A 类 or 款 printed blank while its children hold amounts is an omission — or a value lost when a PDF was turned into
/// text — rather than a wrong figure. It is reported once, as a warning naming the cell and the children's sum, and the
/// other rules then see that sum, so one missing subtotal does not turn into a cascade of errors on figures the unit
/// printed correctly (seed 001's 公开06表 row 310).
/// </summary>
public static class BlankSubtotals
{
    /// <summary>The rule id of the warning.</summary>
    public const string RuleId = "D02";

    /// <summary>The report with blank subtotals filled (the same instance when there are none) and the warnings.</summary>
    public static (UnitYearReport Report, IReadOnlyList<Finding> Findings) Fill(UnitYearReport report, TemplateSet templates)
    {
        UnitYearReport? filled = null;
        var findings = new List<Finding>();
        var naming = new CellNaming(report, templates);
        foreach (var original in report.Tables)
        {
            var template = templates.Table(original.Kind);
            if (template is null || template.CodedRows.Scheme == CodeScheme.None || original.Kind == DisclosureTableKind.ExplanationFigures)
            {
                continue;
            }

            var index = new TableIndex(original);

            // Deepest parents first, so that a filled 款 counts in its 类.
            var parents = Enumerable.Range(0, original.Rows.Count)
                .Where(i => original.Rows[i].IsCoded && index.HasChildren(i))
                .OrderByDescending(i => original.Rows[i].Key.Length)
                .ToList();
            foreach (var i in parents)
            {
                foreach (var column in template.CodedRows.Columns)
                {
                    var table = (filled ?? report).Table(original.Kind)!;
                    var row = table.Rows[i];
                    if (row[column] is not null || row.IsUnreadable(column))
                    {
                        continue;
                    }

                    decimal sum = 0;
                    var any = false;
                    foreach (var child in index.Children(i))
                    {
                        if (table.Rows[child][column] is { } v)
                        {
                            sum += v;
                            any = true;
                        }
                    }

                    if (!any || sum == 0)
                    {
                        continue;
                    }

                    filled ??= report.Clone();
                    table = filled.Table(original.Kind)!;
                    table.Rows[i][column] = sum;
                    var cell = new CellRef(original.Kind, row.Key, column);
                    var name = naming.Cell(cell);
                    findings.Add(new Finding(RuleId, Severity.Warning, name,
                        MessageCatalogue.Format(MessageCatalogue.BlankSubtotal, name, AmountFormat.Amount(sum)),
                        AmountFormat.Printed(null), AmountFormat.Amount(sum),
                        [cell, .. index.Children(i).ToArray().Select(c => new CellRef(original.Kind, table.Rows[c].Key, column))], row.Source));
                }
            }
        }

        return (filled ?? report, findings);
    }
}
