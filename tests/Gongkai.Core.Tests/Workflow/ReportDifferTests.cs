using Gongkai.Documents.Canonical;
using Gongkai.Model;
using Gongkai.Templates;
using Gongkai.Workflow;

namespace Gongkai.Core.Tests.Workflow;

public sealed class ReportDifferTests
{
    [Fact]
    public void Identical_reports_have_no_changes()
    {
        var report = Seed001();
        Assert.Empty(ReportDiffer.Changes(report, report.Clone(), TemplateLibrary.BuiltIn.For(report)));
    }

    [Fact]
    public void Changed_cleared_and_filled_cells_and_reasons_are_listed_with_old_and_new_values()
    {
        var before = Seed001();
        var after = before.Clone();
        // Seed 001 公开05表 行政运行（2010101）: column 1 合计 657.19, column 2 基本支出 657.19.
        after.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010101")![1] = 657.20m;
        after.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010104")![2] = null;
        after.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010104")![3] = 0.00m;
        after.Reasons["AgencyOperatingCost.Change"] = "会议费减少";
        after.Reasons.Remove("AgencyOperatingCost.Deviation");
        after.Reasons["Item.2010102.Use"] = "人员增加";

        var changes = ReportDiffer.Changes(before, after, TemplateLibrary.BuiltIn.For(before));

        Assert.Equal(
            [
                ("T05[2010101].1", "657.19", "657.20"),
                ("T05[2010104].2", "24.2", null),
                ("T05[2010104].3", null, "0.00"),
                ("reasons[AgencyOperatingCost.Change]", "纪念地方人大设立常委会40周年费用支出", "会议费减少"),
                ("reasons[AgencyOperatingCost.Deviation]", "纪念地方人大设立常委会40周年费用支出", null),
                ("reasons[Item.2010102.Use]", null, "人员增加"),
            ],
            changes.Select(c => (c.Cell?.ToString() ?? $"reasons[{c.ReasonKey}]", c.OldValue, c.NewValue)));
        Assert.StartsWith("公开05表 行政运行（2010101）", changes[0].Place, StringComparison.Ordinal);
        Assert.Equal("情况说明原因“AgencyOperatingCost.Change”", changes[3].Place);
    }

    [Fact]
    public void A_removed_row_is_named_from_the_old_version()
    {
        var before = Seed001();
        var after = before.Clone();
        var table = after.Table(DisclosureTableKind.GeneralBudgetExpenditure)!;
        Assert.True(table.Remove("2010106"));

        var changes = ReportDiffer.Changes(before, after, TemplateLibrary.BuiltIn.For(before));

        Assert.Equal(["T05[2010106].1", "T05[2010106].2"], changes.Select(c => c.Cell.ToString()));
        Assert.All(changes, c => Assert.Contains("人大监督（2010106）", c.Place, StringComparison.Ordinal));
        Assert.Equal(["92.84", "92.84"], changes.Select(c => c.OldValue));
        Assert.All(changes, c => Assert.Null(c.NewValue));
    }

    private static UnitYearReport Seed001()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        return CanonicalJsonReader.ReadFile(Path.Combine(dir!.FullName, "samples", "seed-001.json"));
    }
}
