using System.Text.RegularExpressions;
using Gongkai.Checks;
using Gongkai.Checks.Expressions;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Core.Tests.Checks;

/// <summary>Conventions every shipped rule set keeps: ids, severities, Chinese descriptions, keys that exist.</summary>
public sealed partial class RuleSetConventionTests
{
    [Fact]
    public void Every_shipped_rule_set_parses_with_unique_ids_and_Chinese_descriptions()
    {
        Assert.NotEmpty(RuleSetLibrary.BuiltIn.Sets);
        foreach (var set in RuleSetLibrary.BuiltIn.Sets)
        {
            Assert.Equal(set.Rules.Count, set.Rules.Select(r => r.Id).Distinct().Count());
            Assert.All(set.Rules, r =>
            {
                Assert.Matches(IdPattern(), r.Id);
                Assert.Matches(Chinese(), r.Description);
                Assert.True(Enum.IsDefined(r.Severity));
            });
        }
    }

    [Fact]
    public void Every_fixed_row_key_named_by_a_rule_exists_in_the_template_of_its_table()
    {
        foreach (var set in RuleSetLibrary.BuiltIn.Sets)
        {
            var templates = TemplateLibrary.BuiltIn.For(set.Kind, set.FromYear, set.Region);
            foreach (var rule in set.Rules.OfType<ExpressionRule>())
            {
                foreach (Match m in CellReference().Matches(rule.Text))
                {
                    Assert.True(DisclosureTableKinds.TryParse(m.Groups["table"].Value, out var kind), rule.Id);
                    var key = m.Groups["key"].Value;
                    var template = templates.Table(kind);
                    Assert.NotNull(template);
                    if (!TableRow.IsCode(key) && key.Length > 1 && char.IsUpper(key[0]))
                    {
                        Assert.True(template!.FixedRow(key) is not null, $"{rule.Id}: {kind.ShortCode()} has no fixed row {key}");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^[A-Z]+[0-9]*[a-z]?$|^[A-Z]-[A-Z0-9]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"(?<table>T0[1-9]|S)\[(?<key>[A-Za-z0-9]+)\??\]")]
    private static partial Regex CellReference();
}

public sealed class TemplateLibraryTests
{
    [Fact]
    public void The_budget_disclosure_has_its_own_titles_over_the_same_model()
    {
        var budget = TemplateLibrary.BuiltIn.For(DisclosureKind.Budget, 2024);
        var accounts = TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2024);
        Assert.Equal(DisclosureKind.Budget, budget.Kind);
        Assert.Equal("部门收支总表", budget.Table(DisclosureTableKind.IncomeExpenditureSummary)!.Title);
        Assert.Equal("收入支出决算总表", accounts.Table(DisclosureTableKind.IncomeExpenditureSummary)!.Title);
        Assert.Equal("预算数", budget.Table(DisclosureTableKind.IncomeExpenditureSummary)!.Column(1)!.Name);

        // Same keys and columns, so the same rules and readers serve both disclosures.
        foreach (var table in accounts.Tables)
        {
            var twin = budget.Table(table.Kind)!;
            Assert.Equal(table.FixedRows.Select(r => r.Key), twin.FixedRows.Select(r => r.Key));
            Assert.Equal(table.Columns.Select(c => c.Number), twin.Columns.Select(c => c.Number));
        }
    }

    [Fact]
    public void A_budget_report_in_yuan_is_checked_by_the_same_rules()
    {
        var report = ReportFactory.WithTable05();
        report.Kind = DisclosureKind.Budget;
        report.PrintedUnit = AmountUnit.Yuan;
        var result = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, Gongkai.Classification.ClassificationCatalogue.BuiltIn).Run(report);
        Assert.Contains(result.Outcomes, o => o.RuleId == "R05b" && o.State == RuleState.Passed);
    }
}
