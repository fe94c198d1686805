using System.Globalization;
using Gongkai.Checks;
using Gongkai.Checks.Expressions;
using Gongkai.Classification;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Checks;

/// <summary>
/// The specialised evaluation of row identities and hierarchies must never change what a rule reports: on hundreds of
/// randomly damaged copies of seed 001, every rule gives the same state and findings with and without it.
/// </summary>
public sealed class FastPlanEquivalenceTests
{
    [Fact]
    public void The_default_rule_set_uses_the_fast_plan_for_its_row_and_hierarchy_rules()
    {
        var rules = RuleSetLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020).Rules.OfType<ExpressionRule>().ToList();
        var fast = rules.Where(r => r.HasFastPlan).Select(r => r.Id).ToHashSet();
        Assert.Superset(new HashSet<string> { "R02a", "R02b", "R03a", "R03b", "R04d", "R05a", "R05b", "R06a", "R08a", "R09a" }, fast);
        Assert.DoesNotContain("R01a", fast);
    }

    [Fact]
    public void Fast_and_interpreted_evaluation_report_the_same_on_damaged_reports()
    {
        var rules = RuleSetLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020).Rules.OfType<ExpressionRule>().ToList();
        Assert.All(rules, r => Assert.True(r.HasFastPlan || r.HasCompiledPlan, r.Id));
        var random = new Random(2020);
        var seed = SeedSample.Read();
        var cells = seed.Tables.SelectMany(t => t.Rows.SelectMany(r => Enumerable.Range(1, r.ColumnCount).Select(c => (t.Kind, r.Key, c)))).ToList();
        for (var round = 0; round < 300; round++)
        {
            var report = seed.Clone();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var (table, key, column) = cells[random.Next(cells.Count)];
                var row = report.Table(table)!.Find(key)!;
                switch (random.Next(4))
                {
                    case 0:
                        row[column] = (row[column] ?? 0m) + 0.01m; // a tail difference
                        break;
                    case 1:
                        row[column] = null;
                        break;
                    case 2:
                        row.MarkUnreadable(column, "１２x");
                        break;
                    default:
                        row[column] = Math.Round((decimal)random.NextDouble() * 100m, 2);
                        break;
                }
            }

            var context = new CheckContext(report, TemplateLibrary.BuiltIn.For(report), ClassificationCatalogue.BuiltIn, Tolerance.Default);
            foreach (var rule in rules)
            {
                var fastSink = new FindingSink();
                var slowSink = new FindingSink();
                var fastState = rule.Evaluate(context, fastSink);
                var slowState = rule.WithoutFastPlan().Evaluate(context, slowSink);
                Assert.Equal(slowState, fastState);
                Assert.Equal(Describe(slowSink), Describe(fastSink));
            }
        }
    }

    private static string Describe(FindingSink sink) => string.Join("\n", sink.Findings.Select(f =>
        string.Create(CultureInfo.InvariantCulture, $"{f.RuleId}|{f.Severity}|{f.Location}|{f.Message}|{f.Printed}|{f.Expected}|{string.Join(",", f.Cells)}")));
}
