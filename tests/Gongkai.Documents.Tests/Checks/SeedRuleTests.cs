using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Checks;

/// <summary>
/// The default rule set on seed 001 as transcribed in samples/seed-001.json: the tables and the figures behind its
/// 情况说明 are consistent, and changing any single cell of any table is caught and named.
/// </summary>
public sealed class SeedRuleTests
{
    private static readonly CheckEngine Engine = new(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);

    [Fact]
    public void Seed_001_has_no_error_and_no_warning()
    {
        var result = Engine.Run(SeedSample.Read());
        Assert.Empty(result.Findings.Where(f => f.Severity >= Severity.Warning).Select(f => f.Message));
        Assert.Equal(0, result.Count(RuleState.Failed));
        Assert.Equal(0, result.Count(RuleState.InsufficientData));
    }

    [Fact]
    public void Every_rule_of_the_default_set_ran_on_seed_001_or_says_why_not()
    {
        var result = Engine.Run(SeedSample.Read());
        var ruleSet = RuleSetLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020);
        Assert.Equal(ruleSet.Rules.Count, result.Outcomes.Count);

        // 公开08/09表 are published empty, so their own rules do not apply; everything else must have run.
        var notApplicable = result.Outcomes.Where(o => o.State == RuleState.NotApplicable).Select(o => o.RuleId).ToHashSet();
        Assert.All(notApplicable, id => Assert.Matches("^(R08|R09|C-T08|C-T09)", id));
        Assert.True(result.Count(RuleState.Passed) >= ruleSet.Rules.Count - notApplicable.Count);
    }

    [Theory]
    [InlineData(DisclosureTableKind.GeneralBudgetExpenditure, "2010101", 1, "657.29")] // 行政运行 657.19 → 657.29
    [InlineData(DisclosureTableKind.GeneralBudgetBasicExpenditure, "30101", 1, "177.61")] // 基本工资 176.61 → 177.61
    public void The_issue_examples_are_errors_naming_the_row(DisclosureTableKind table, string row, int column, string newValue)
    {
        var report = SeedSample.Read();
        report.Table(table)!.Find(row)![column] = decimal.Parse(newValue, System.Globalization.CultureInfo.InvariantCulture);
        var result = Engine.Run(report);
        Assert.True(result.HasErrors);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.Cells.Contains(new CellRef(table, row, column)));
    }

    /// <summary>Every cell the template gives every row of the nine tables, blank or not, changed by 1.00.</summary>
    public static TheoryData<DisclosureTableKind, string, int> EveryCell()
    {
        var data = new TheoryData<DisclosureTableKind, string, int>();
        var report = SeedSample.Read();
        var templates = TemplateLibrary.BuiltIn.For(report);
        foreach (var table in report.Tables.Where(t => t.Kind != DisclosureTableKind.ExplanationFigures))
        {
            var template = templates.Table(table.Kind)!;
            foreach (var row in table.Rows)
            {
                foreach (var column in template.Columns.Select(c => c.Number).Where(c => template.HasCell(row.Key, c)))
                {
                    data.Add(table.Kind, row.Key, column);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCell))]
    public void Changing_any_cell_is_an_error_that_names_it(DisclosureTableKind table, string row, int column)
    {
        var report = SeedSample.Read();
        var cells = report.Table(table)!.Find(row)!;
        cells[column] = (cells[column] ?? 0m) + 1.00m;
        var result = Engine.Run(report);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.Cells.Contains(new CellRef(table, row, column)));
    }

    [Fact]
    public void The_mutation_theory_covers_every_table_with_rows()
    {
        var tables = EveryCell().Select(d => (DisclosureTableKind)d[0]).Distinct().ToList();
        Assert.Equal(7, tables.Count); // 公开01–07表; 08 and 09 are published empty in seed 001
        Assert.True(EveryCell().Count() > 300);
    }

    [Theory]
    [InlineData("GeneralBudgetExpenditure", 2)] // Σ 年初预算 of the 项 = 735.80
    [InlineData("2010106", 2)]                  // 人大监督 年初预算 26
    [InlineData("AgencyOperatingCost", 1)]      // 机关运行经费 = 公用经费合计 275.29 (a warning rule)
    [InlineData("GovernmentProcurement", 1)]
    [InlineData("ThreePublicCostsTotal", 3)]
    public void Changing_a_figure_behind_the_explanation_is_caught(string row, int column)
    {
        var report = SeedSample.Read();
        var cells = report.Table(DisclosureTableKind.ExplanationFigures)!.Find(row)!;
        cells[column] = (cells[column] ?? 0m) + 1.00m;
        var result = Engine.Run(report);
        Assert.Contains(result.Findings, f => f.Severity >= Severity.Warning && f.Cells.Contains(new CellRef(DisclosureTableKind.ExplanationFigures, row, column)));
    }

    [Fact]
    public void A_tail_difference_of_one_hundredth_is_a_notice_not_an_error()
    {
        var report = SeedSample.Read();
        report.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!.Find("PersonnelCostTotal")![1] = 600.89m;
        var result = Engine.Run(report);
        Assert.False(result.HasErrors);
        var f = Assert.Single(result.Findings, f => f.RuleId == "R06b");
        Assert.Equal(Severity.Notice, f.Severity);
        Assert.Equal("600.89", f.Printed);
        Assert.Equal("600.88", f.Expected);
    }
}
