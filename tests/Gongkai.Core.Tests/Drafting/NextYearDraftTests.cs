using Gongkai.Drafting;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Drafting;

public sealed class NextYearDraftTests
{
    private static UnitYearReport Last()
    {
        var report = new UnitYearReport { Year = 2020, Kind = DisclosureKind.FinalAccounts };
        report.Unit.Name = "株洲市渌口区人大常委会";
        report.Unit.Region = "株洲市渌口区";
        report.Unit.Duties = ["召集本级人民代表大会会议。", "领导或者主持本级人民代表大会代表的选举。"];
        report.Unit.Organisation = "区人大常委会设置办事机构 2 个。";
        report.Unit.ReportingScope = "株洲市渌口区人大常委会 2020 年部门决算汇总公开单位仅含本级。";
        report.Unit.AuthorizedHeadcount = 24;
        report.TermDefinitions = [new TermDefinition("财政拨款收入", "指单位从同级财政部门取得的财政预算资金。")];
        report.Reasons["OfficialReception.Deviation"] = "严格执行接待标准。";
        var t05 = report.GetOrAddTable(DisclosureTableKind.GeneralBudgetExpenditure);
        t05.Add(new TableRow("201"))[1] = 836.91m;
        return report;
    }

    [Fact]
    public void The_draft_is_the_next_year_with_duties_organisation_terms_and_reasons_copied_and_no_figure()
    {
        var draft = NextYearDraft.From(Last());

        Assert.Equal(2021, draft.Year);
        Assert.Equal("株洲市渌口区人大常委会", draft.Unit.Name);
        Assert.Equal(["召集本级人民代表大会会议。", "领导或者主持本级人民代表大会代表的选举。"], draft.Unit.Duties);
        Assert.Equal("区人大常委会设置办事机构 2 个。", draft.Unit.Organisation);
        Assert.Equal("株洲市渌口区人大常委会 2021 年部门决算汇总公开单位仅含本级。", draft.Unit.ReportingScope);
        Assert.Equal("财政拨款收入", Assert.Single(draft.TermDefinitions).Term);
        Assert.Equal("严格执行接待标准。", draft.Reasons["OfficialReception.Deviation"]);
        Assert.Empty(draft.Tables);
    }

    [Fact]
    public void The_draft_owns_its_lists_so_editing_it_leaves_last_year_as_it_was()
    {
        var last = Last();
        var draft = NextYearDraft.From(last);

        draft.Unit.Duties.Add("决定授予地方的荣誉称号。");
        draft.Reasons["OfficialReception.Deviation"] = "改写。";

        Assert.Equal(2, last.Unit.Duties.Count);
        Assert.Equal("严格执行接待标准。", last.Reasons["OfficialReception.Deviation"]);
    }
}
