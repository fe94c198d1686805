using System.Globalization;
using Gongkai.Documents.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Canonical;

/// <summary>Facts of seed 001 recomputed by hand from the printed document, read back from samples/seed-001.json.</summary>
public sealed class CanonicalJsonReaderSeedTests
{
    private static readonly UnitYearReport Report = SeedSample.Read();

    private static DisclosureTable T(DisclosureTableKind kind) => Report.Table(kind) ?? throw new Xunit.Sdk.XunitException(kind + " missing");

    [Fact]
    public void Header_and_unit_are_as_printed()
    {
        Assert.Equal(DisclosureKind.FinalAccounts, Report.Kind);
        Assert.Equal(2020, Report.Year);
        Assert.Equal(AmountUnit.Wan, Report.PrintedUnit);
        Assert.Null(Report.TemplateRegion);
        Assert.Equal("株洲市渌口区人大常委会", Report.Unit.Name);
        Assert.Equal("湖南省株洲市渌口区", Report.Unit.Region);
        Assert.Equal("区级", Report.Unit.Level);
        Assert.Equal(UnitKind.Administrative, Report.Unit.Kind);
        Assert.Equal(15, Report.Unit.Duties.Count);
        Assert.StartsWith("在本行政区域内，保证宪法", Report.Unit.Duties[0], StringComparison.Ordinal);
        Assert.Equal("承办区委、区政府的其他事项。", Report.Unit.Duties[14]);
        Assert.Equal(24, Report.Unit.AuthorizedHeadcount);
        Assert.Equal(38, Report.Unit.ActualHeadcount);
        Assert.Contains("专门委员会 6 个", Report.Unit.Organisation, StringComparison.Ordinal);
        Assert.Contains("仅含本级", Report.Unit.ReportingScope, StringComparison.Ordinal);
    }

    [Fact]
    public void All_ten_tables_are_present_in_kind_order()
    {
        Assert.Equal(DisclosureTableKinds.All, Report.Tables.Select(t => t.Kind));
        Assert.Equal("公开07表", T(DisclosureTableKind.ThreePublicCosts).Number);
        Assert.Equal("一般公共预算财政拨款“三公”经费支出决算表", T(DisclosureTableKind.ThreePublicCosts).Title);
    }

    [Fact]
    public void Income_statement_total_is_the_sum_of_its_classes()
    {
        var t02 = T(DisclosureTableKind.IncomeStatement);
        Assert.Equal(876.17m, t02["Total", 1]);
        Assert.Equal(836.91m, t02["201", 1]);
        Assert.Equal(39.26m, t02["221", 1]);
        Assert.Equal(t02["Total", 1], t02["201", 1] + t02["221", 1]);

        // 20101 = Σ its 项 (657.19 + 6.43 + 24.2 + 92.84 + 56.25 = 836.91).
        var items = new[] { "2010101", "2010102", "2010104", "2010106", "2010107" }.Sum(k => t02[k, 1]!.Value);
        Assert.Equal(836.91m, items);
        Assert.Equal(t02["20101", 1], items);
    }

    [Fact]
    public void Amounts_keep_their_printed_scale()
    {
        var meeting = T(DisclosureTableKind.IncomeStatement)["2010104", 1]!.Value;
        Assert.Equal(24.2m, meeting);
        Assert.Equal(1, meeting.Scale);
        Assert.Equal("24.2", meeting.ToString(CultureInfo.InvariantCulture));

        // The narrative prints the same figure as 24.20 and the S table keeps that.
        var budget = T(DisclosureTableKind.ExplanationFigures)["2010104", 2]!.Value;
        Assert.Equal(2, budget.Scale);
        Assert.Equal("24.20", budget.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("735.80", T(DisclosureTableKind.ExplanationFigures)["GeneralBudgetExpenditure", 2]!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Blank_cells_are_null_not_zero()
    {
        Assert.Null(T(DisclosureTableKind.IncomeStatement)["2010104", 3]);
        Assert.Null(T(DisclosureTableKind.IncomeExpenditureSummary)["202", 2]);
        Assert.NotNull(T(DisclosureTableKind.IncomeExpenditureSummary).Find("202"));
        Assert.Null(T(DisclosureTableKind.GeneralBudgetBasicExpenditure)["30106", 1]);
        Assert.Null(T(DisclosureTableKind.ExpenditureStatement)["Total", 3]);

        // A stated zero stays a zero.
        Assert.Equal(0m, T(DisclosureTableKind.ExplanationFigures)["TrainingCost", 1]);
        Assert.Equal(0m, T(DisclosureTableKind.ExplanationFigures)["2010102", 2]);
    }

    [Fact]
    public void Summary_tables_hold_every_printed_row_with_its_line_number()
    {
        var t01 = T(DisclosureTableKind.IncomeExpenditureSummary);
        Assert.Equal(23, t01.Rows.Count);
        Assert.Equal(["201", "202", "203", "204", "205", "206", "221"], t01.Rows.Where(r => r.IsCoded).Select(r => r.Key));
        Assert.Equal(1, t01.Find("GeneralPublicBudgetAppropriation")!.LineNumber);
        Assert.Equal(14, t01.Find("201")!.LineNumber);
        Assert.Equal(20, t01.Find("221")!.LineNumber);
        Assert.Equal(26, t01.Find("ExpenditureGrandTotal")!.LineNumber);
        Assert.Equal("七、住房保障支出", t01.Find("221")!.Label);
        Assert.Equal(876.17m, t01["IncomeGrandTotal", 1]);
        Assert.Equal(876.17m, t01["ExpenditureGrandTotal", 2]);

        var t04 = T(DisclosureTableKind.AppropriationSummary);
        Assert.Equal(19, t04.Rows.Count);
        Assert.Equal(836.91m, t04["201", 3]);
        Assert.Null(t04["201", 4]);
        Assert.Equal(21, t04.Find("ExpenditureTotal")!.LineNumber);
        Assert.Equal(12, t04.Find("OpeningCarryoverStateCapital")!.LineNumber);
    }

    [Theory]
    [InlineData("301", "547.16")]
    [InlineData("30101", "176.61")]
    [InlineData("30102", "108.42")]
    [InlineData("30103", "103.99")]
    [InlineData("30108", "46.31")]
    [InlineData("30110", "26.68")]
    [InlineData("30112", "8.21")]
    [InlineData("30113", "44.38")]
    [InlineData("30114", "21.91")]
    [InlineData("30199", "10.65")]
    [InlineData("303", "53.72")]
    [InlineData("30301", "16.28")]
    [InlineData("30305", "1.34")]
    [InlineData("30306", "0.73")]
    [InlineData("30307", "19.09")]
    [InlineData("30309", "2.52")]
    [InlineData("30399", "13.76")]
    [InlineData("302", "272.02")]
    [InlineData("30201", "47.24")]
    [InlineData("30202", "30.07")]
    [InlineData("30207", "12.32")]
    [InlineData("30209", "0.78")]
    [InlineData("30211", "1.56")]
    [InlineData("30213", "4.88")]
    [InlineData("30214", "1.64")]
    [InlineData("30215", "35.99")]
    [InlineData("30217", "1.98")]
    [InlineData("30226", "6.23")]
    [InlineData("30227", "9.5")]
    [InlineData("30228", "16.29")]
    [InlineData("30229", "3.1")]
    [InlineData("30239", "35.41")]
    [InlineData("30299", "65.03")]
    [InlineData("31002", "3.27")]
    [InlineData("PersonnelCostTotal", "600.88")]
    [InlineData("OperatingCostTotal", "275.29")]
    public void Basic_expenditure_rows_hold_the_printed_values(string key, string printed)
    {
        var value = T(DisclosureTableKind.GeneralBudgetBasicExpenditure)[key, 1];
        Assert.Equal(printed, value?.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Basic_expenditure_lists_every_printed_row_and_its_sums_hold()
    {
        var t06 = T(DisclosureTableKind.GeneralBudgetBasicExpenditure);
        Assert.Equal(82, t06.Rows.Count);
        Assert.Equal(80, t06.Rows.Count(r => r.IsCoded));
        Assert.Equal(["301", "303", "302", "307", "310", "399"], t06.Rows.Where(r => r.Key.Length == 3).Select(r => r.Key));
        Assert.Equal("其他对个人和家庭的补助", t06.Find("30399")!.Label);
        Assert.Equal("对民间非营利组织和群众性自治组织补贴", t06.Find("39908")!.Label);

        decimal SumOf(string cls) => t06.Rows.Where(r => r.Key.Length == 5 && r.Key.StartsWith(cls, StringComparison.Ordinal)).Sum(r => r[1] ?? 0m);
        Assert.Equal(547.16m, SumOf("301"));
        Assert.Equal(53.72m, SumOf("303"));
        Assert.Equal(272.02m, SumOf("302"));
        Assert.Equal(3.27m, SumOf("310"));
        Assert.Equal(600.88m, t06["301", 1] + t06["303", 1]);
        Assert.Equal(275.29m, t06["302", 1] + t06["310", 1]);

        // The text extraction lost 310's value (see docs/FORMAT.md, "Seed 001 notes"); 399 is truly blank.
        Assert.Equal(3.27m, t06["310", 1]);
        Assert.Null(t06["399", 1]);
    }

    [Fact]
    public void Three_public_costs_table_has_its_single_row()
    {
        var row = Assert.Single(T(DisclosureTableKind.ThreePublicCosts).Rows);
        Assert.Equal("ThreePublicCosts", row.Key);
        Assert.Equal(2.01m, row[1]);
        Assert.Equal(2.01m, row[6]);
        Assert.Equal(1.98m, row[7]);
        Assert.Equal(1.98m, row[12]);
        foreach (var blank in new[] { 2, 3, 4, 5, 8, 9, 10, 11 })
        {
            Assert.Null(row[blank]);
        }
    }

    [Fact]
    public void Empty_tables_carry_their_statement_and_the_defective_header_is_kept()
    {
        foreach (var kind in new[] { DisclosureTableKind.GovernmentFundStatement, DisclosureTableKind.StateCapitalStatement })
        {
            Assert.Empty(T(kind).Rows);
            Assert.Contains("故本表无数据", T(kind).EmptyStatement, StringComparison.Ordinal);
        }

        Assert.Equal("", T(DisclosureTableKind.GeneralBudgetExpenditure).DepartmentField);
        Assert.Equal("株洲市渌口区人大常委会", T(DisclosureTableKind.GeneralBudgetBasicExpenditure).DepartmentField);
    }

    [Fact]
    public void Explanation_figures_derive_prior_year_from_the_stated_changes()
    {
        var s = T(DisclosureTableKind.ExplanationFigures);
        Assert.Equal(876.17m - 38.48m, s["GrandTotal", 3]);
        Assert.Equal(837.69m, s["ExpenditureTotal", 3]);
        Assert.Equal(837.69m, s["AppropriationGrandTotal", 3]);
        Assert.Equal(735.80m, s["GeneralBudgetExpenditure", 2]);
        Assert.Equal(837.69m, s["GeneralBudgetExpenditure", 3]);
        Assert.Equal(1.98m - 0.36m, s["OfficialReception", 3]);
        Assert.Equal(8.2m, s["OfficialOverseasTravel", 3]);
        Assert.Equal(0m, s["OfficialVehicles", 3]);
        Assert.Equal(s["OfficialOverseasTravel", 3] + s["OfficialReception", 3] + s["OfficialVehicles", 3], s["ThreePublicCostsTotal", 3]);
        Assert.Equal(275.29m, s["AgencyOperatingCost", 1]);
        Assert.Equal(275.29m - 148.94m, s["AgencyOperatingCost", 2]);
        Assert.Equal(275.29m - 26.46m, s["AgencyOperatingCost", 3]);
        Assert.Equal(20m, s["ReceptionGroups", 1]);
        Assert.Equal(200m, s["ReceptionVisitors", 1]);
        Assert.Equal(800m, s["MeetingParticipants", 1]);
        Assert.Equal(35.99m, s["MeetingCost", 1]);
        Assert.Equal(3.27m, s["GovernmentProcurement", 1]);
        Assert.Equal(3.27m, s["SmeContracts", 1]);
        Assert.Equal(0m, s["Vehicles", 1]);
        Assert.Equal(0m, s["SpecialEquipmentOver1m", 1]);

        // Σ 年初预算 of the six 项 = the stated total 735.80 (DOMAIN.md §1.1).
        var items = new[] { "2010101", "2010102", "2010104", "2010106", "2010107", "2210201" };
        Assert.Equal(735.80m, items.Sum(k => s[k, 2]!.Value));
        Assert.Equal("人大代表履职能力提升", s.Find("2010107")!.Label);
    }

    [Fact]
    public void Reasons_and_terms_are_the_units_own_words()
    {
        Assert.Equal("2020年因工作需要新增4名工作人员，人员经费增加", Report.Reasons["GrandTotal.Change"]);
        Assert.Equal("贯彻厉行节约政策，减少经费开支", Report.Reasons["Item.2010107.Deviation"]);
        Assert.Equal("纪念地方人大设立常委会40周年费用支出", Report.Reasons["AgencyOperatingCost.Change"]);
        Assert.All(Report.Reasons.Keys, k => Assert.True(CanonicalFormat.IsValidReasonKey(k), k));
        Assert.Equal(8, Report.TermDefinitions.Count);
        Assert.Equal("机关运行经费", Report.TermDefinitions[7].Term);
        Assert.StartsWith("指为保障行政单位", Report.TermDefinitions[7].Definition, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_the_file_gives_the_same_report()
    {
        var fromFile = CanonicalJsonReader.ReadFile(SeedSample.Path);
        Assert.Equal(CanonicalJsonWriter.Write(Report), CanonicalJsonWriter.Write(fromFile));
    }
}
