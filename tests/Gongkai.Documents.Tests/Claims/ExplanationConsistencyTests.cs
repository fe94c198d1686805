using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Documents.Tests.Canonical;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Claims;

/// <summary>Seed 001's 情况说明 against its own tables (samples/seed-001.json).</summary>
public sealed class ExplanationConsistencyTests
{
    private static IReadOnlyList<NarrativeLine> Seed001Lines() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds", "001_424111e6d4059655.txt"))
            .Select((t, i) => new NarrativeLine(t, new SourcePosition(Line: i + 1))).ToList();

    private static IReadOnlyList<Finding> Check(UnitYearReport report) =>
        new ExplanationConsistencyChecker(report, TemplateLibrary.BuiltIn.For(report)).Check(Seed001Lines());

    [Fact]
    public void Item_lists_of_section_six_are_compared_with_the_non_zero_rows_of_table_06()
    {
        var findings = Check(SeedSample.Read()).Where(f => f.RuleId == "N-ITEMS").ToList();

        // EXPECTED.md 001 #14: 公用经费 omits 维修（护）费 4.88, 租赁费 1.64, 劳务费 6.23, 委托业务费 9.5 and lists the zero
        // 手续费, 因公出国（境）, 培训费, 其他支出; 人员经费 omits 救济费 0.73.
        var operatingMissing = findings.Single(f => f.Message.Contains("公用经费", StringComparison.Ordinal) && f.Message.Contains("未列出", StringComparison.Ordinal));
        foreach (var item in new[] { "维修（护）费（30213）4.88", "租赁费（30214）1.64", "劳务费（30226）6.23", "委托业务费（30227）9.50" })
        {
            Assert.Contains(item, operatingMissing.Message);
        }

        var operatingZero = findings.Single(f => f.Message.Contains("公用经费", StringComparison.Ordinal) && f.Message.Contains("为0", StringComparison.Ordinal));
        Assert.Equal(["手续费", "因公出国（境）", "培训费", "其他支出"], operatingZero.Printed!.Split('、'));

        var personnel = findings.Single(f => f.Message.Contains("人员经费", StringComparison.Ordinal));
        Assert.Contains("救济费（30306）0.73", personnel.Message);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Equal(3, findings.Count);
    }

    [Fact]
    public void Amounts_the_sentences_give_agree_with_the_tables_of_seed_001()
    {
        Assert.DoesNotContain(Check(SeedSample.Read()), f => f.RuleId == "N-TABLE");
    }

    [Fact]
    public void An_amount_that_differs_from_its_table_cell_is_an_error_naming_the_cell()
    {
        var report = SeedSample.Read();
        report.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!.Find("PersonnelCostTotal")![1] = 610.88m;
        var f = Assert.Single(Check(report), f => f.RuleId == "N-TABLE");
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal("600.88", f.Printed);
        Assert.Equal("610.88", f.Expected);
        Assert.Equal(373, f.Source!.Line);
        Assert.Contains(new CellRef(DisclosureTableKind.GeneralBudgetBasicExpenditure, "PersonnelCostTotal", 1), f.Cells);
    }
}
