using Gongkai.Classification;
using Gongkai.Ledgers;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Core.Tests.Ledgers;

// Every expected figure below was added up by hand from the lines of the ledger in the same test.
public sealed class LedgerBuilderTests
{
    private const string UnitName = "测试区测试局";

    private static readonly TemplateSet Templates = TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020);

    private static readonly DisclosureTableKind T01 = DisclosureTableKind.IncomeExpenditureSummary;
    private static readonly DisclosureTableKind T02 = DisclosureTableKind.IncomeStatement;
    private static readonly DisclosureTableKind T03 = DisclosureTableKind.ExpenditureStatement;
    private static readonly DisclosureTableKind T04 = DisclosureTableKind.AppropriationSummary;
    private static readonly DisclosureTableKind T05 = DisclosureTableKind.GeneralBudgetExpenditure;
    private static readonly DisclosureTableKind T06 = DisclosureTableKind.GeneralBudgetBasicExpenditure;
    private static readonly DisclosureTableKind T07 = DisclosureTableKind.ThreePublicCosts;
    private static readonly DisclosureTableKind T08 = DisclosureTableKind.GovernmentFundStatement;
    private static readonly DisclosureTableKind T09 = DisclosureTableKind.StateCapitalStatement;

    private static Ledger Ledger(params LedgerLine[] lines) => new(new BudgetUnit { Name = UnitName }, 2020, lines);

    private static LedgerLine Spend(string code, string? econ, ExpenditureUse use, FundingSource source, decimal amount) =>
        LedgerLine.Expenditure(code, econ, use, source, amount);

    private static LedgerLine Receive(string code, FundingSource source, decimal amount) => LedgerLine.Income(code, source, amount);

    private static LedgerLine Balance(LedgerLineType type, FundingSource? source, decimal amount, string? code = null) =>
        new(type) { Source = source, Amount = amount, FunctionalCode = code };

    private static void AssertRow(UnitYearReport report, DisclosureTableKind kind, string key, params decimal?[] cells)
    {
        var row = report.Table(kind)!.Find(key);
        Assert.True(row is not null, $"{kind.ShortCode()} has no row {key}");
        for (var column = 1; column <= cells.Length; column++)
        {
            Assert.True(cells[column - 1] == row![column], $"{kind.ShortCode()}[{key}].{column}: expected {cells[column - 1]?.ToString() ?? "blank"}, got {row[column]?.ToString() ?? "blank"}");
        }
    }

    private static readonly LedgerLine[] MixedSpending =
    [
        Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 100.10m),
        Spend("2010101", "30201", ExpenditureUse.Project, FundingSource.GeneralPublicBudget, 20.05m),
        Spend("2010102", "30201", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 3.00m),
        Spend("2010102", null, ExpenditureUse.Business, FundingSource.Other, 1.5m),
        Spend("2010101", null, ExpenditureUse.RemittanceToHigherLevel, FundingSource.HigherLevelSubsidy, 2.00m),
        Spend("2010101", null, ExpenditureUse.SubsidyToSubsidiaries, FundingSource.Other, 0.40m),
        Spend("20899", null, ExpenditureUse.Project, FundingSource.GovernmentFund, 7.25m),
    ];

    private static readonly LedgerLine[] MixedIncome =
    [
        Receive("2010101", FundingSource.GeneralPublicBudget, 120.15m),
        Receive("2010101", FundingSource.GovernmentFund, 1.00m),
        Receive("2010101", FundingSource.HigherLevelSubsidy, 2.00m),
        Receive("2010101", FundingSource.SubsidiaryRemittance, 0.25m),
        Receive("2010102", FundingSource.OperatingRevenueOfInstitutions, 5.5m),
        Receive("2010102", FundingSource.BusinessRevenue, 1.0m),
        Receive("2010102", FundingSource.Other, 0.5m),
        Receive("20899", FundingSource.GovernmentFund, 7.25m),
    ];

    [Fact]
    public void Expenditure_statement_rolls_items_up_to_sections_classes_and_total_in_every_column()
    {
        var report = LedgerBuilder.Build(Ledger(MixedSpending), Templates);

        //                                   本年支出合计 基本     项目     上缴上级 经营   对附属单位
        AssertRow(report, T03, "2010101", 122.55m, 100.10m, 20.05m, 2.00m, null, 0.40m);
        AssertRow(report, T03, "2010102", 4.50m, 3.00m, null, null, 1.5m, null);
        AssertRow(report, T03, "20101", 127.05m, 103.10m, 20.05m, 2.00m, 1.5m, 0.40m);
        AssertRow(report, T03, "201", 127.05m, 103.10m, 20.05m, 2.00m, 1.5m, 0.40m);
        AssertRow(report, T03, "20899", 7.25m, null, 7.25m, null, null, null);
        AssertRow(report, T03, "208", 7.25m, null, 7.25m, null, null, null);
        AssertRow(report, T03, "Total", 134.30m, 103.10m, 27.30m, 2.00m, 1.5m, 0.40m);
        Assert.Equal(["Total", "201", "20101", "2010101", "2010102", "208", "20899"], report.Table(T03)!.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Income_statement_puts_the_three_appropriations_in_column_2_and_other_sources_in_3_to_7()
    {
        var report = LedgerBuilder.Build(Ledger(MixedIncome), Templates);

        //                                   合计     财政拨款 上级补助 事业  经营  附属单位 其他
        AssertRow(report, T02, "2010101", 123.40m, 121.15m, 2.00m, null, null, 0.25m, null);
        AssertRow(report, T02, "2010102", 7.00m, null, null, 5.5m, 1.0m, null, 0.5m);
        AssertRow(report, T02, "20101", 130.40m, 121.15m, 2.00m, 5.5m, 1.0m, 0.25m, 0.5m);
        AssertRow(report, T02, "20899", 7.25m, 7.25m, null, null, null, null, null);
        AssertRow(report, T02, "Total", 137.65m, 128.40m, 2.00m, 5.5m, 1.0m, 0.25m, 0.5m);
    }

    [Fact]
    public void General_budget_table_holds_only_general_public_budget_basic_and_project_spending()
    {
        var report = LedgerBuilder.Build(Ledger(MixedSpending), Templates);

        AssertRow(report, T05, "2010101", 120.15m, 100.10m, 20.05m);
        AssertRow(report, T05, "2010102", 3.00m, 3.00m, null);
        AssertRow(report, T05, "201", 123.15m, 103.10m, 20.05m);
        AssertRow(report, T05, "Total", 123.15m, 103.10m, 20.05m);
        Assert.Null(report.Table(T05)!.Find("208"));
    }

    [Fact]
    public void Summary_tables_take_income_by_source_balances_and_spending_per_class()
    {
        LedgerLine[] balances =
        [
            Balance(LedgerLineType.OpeningCarryover, FundingSource.GeneralPublicBudget, 10m),
            Balance(LedgerLineType.OpeningCarryover, FundingSource.Other, 3m),
            Balance(LedgerLineType.UseOfNonAppropriationBalance, null, 1.2m),
            Balance(LedgerLineType.ClosingCarryover, FundingSource.GeneralPublicBudget, 6.00m),
            Balance(LedgerLineType.ClosingCarryover, FundingSource.Other, 2.5m),
            Balance(LedgerLineType.BalanceDistribution, null, 9.05m),
        ];
        var report = LedgerBuilder.Build(Ledger([.. MixedSpending, .. MixedIncome, .. balances]), Templates);

        AssertRow(report, T01, "GeneralPublicBudgetAppropriation", 120.15m);
        AssertRow(report, T01, "GovernmentFundAppropriation", 8.25m);
        AssertRow(report, T01, "StateCapitalAppropriation", [null]);
        AssertRow(report, T01, "HigherLevelSubsidy", 2.00m);
        AssertRow(report, T01, "OperatingRevenueOfInstitutions", 5.5m);
        AssertRow(report, T01, "BusinessRevenue", 1.0m);
        AssertRow(report, T01, "SubsidiaryRemittance", 0.25m);
        AssertRow(report, T01, "OtherIncome", 0.5m);
        AssertRow(report, T01, "IncomeTotal", 137.65m);
        AssertRow(report, T01, "UseOfNonAppropriationBalance", 1.2m);
        AssertRow(report, T01, "OpeningCarryover", 13m);
        AssertRow(report, T01, "IncomeGrandTotal", 151.85m);
        AssertRow(report, T01, "201", null, 127.05m);
        AssertRow(report, T01, "208", null, 7.25m);
        AssertRow(report, T01, "ExpenditureTotal", null, 134.30m);
        AssertRow(report, T01, "BalanceDistribution", null, 9.05m);
        AssertRow(report, T01, "ClosingCarryover", null, 8.50m);
        AssertRow(report, T01, "ExpenditureGrandTotal", null, 151.85m);
        Assert.Null(report.Table(T01)!.Find("20101"));

        AssertRow(report, T04, "GeneralPublicBudgetAppropriation", 120.15m);
        AssertRow(report, T04, "GovernmentFundAppropriation", 8.25m);
        AssertRow(report, T04, "StateCapitalAppropriation", [null]);
        AssertRow(report, T04, "IncomeTotal", 128.40m);
        AssertRow(report, T04, "OpeningCarryover", 10m);
        AssertRow(report, T04, "OpeningCarryoverGeneralPublicBudget", 10m);
        AssertRow(report, T04, "OpeningCarryoverGovernmentFund", [null]);
        AssertRow(report, T04, "IncomeGrandTotal", 138.40m);
        //                                 收入  合计     一般公共 政府性基金 国有资本
        AssertRow(report, T04, "201", null, 123.15m, 123.15m, null, null);
        AssertRow(report, T04, "208", null, 7.25m, null, 7.25m, null);
        AssertRow(report, T04, "ExpenditureTotal", null, 130.40m, 123.15m, 7.25m, null);
        AssertRow(report, T04, "ClosingCarryover", null, 6.00m, 6.00m, null, null);
        AssertRow(report, T04, "ExpenditureGrandTotal", null, 136.40m, 129.15m, 7.25m, null);
    }

    [Fact]
    public void A_cell_no_line_reaches_stays_blank_while_a_zero_line_prints_zero()
    {
        var report = LedgerBuilder.Build(Ledger(
            Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 5m),
            Spend("2010102", "30201", ExpenditureUse.Project, FundingSource.GeneralPublicBudget, 0m)), Templates);

        AssertRow(report, T03, "2010101", 5m, 5m, null, null, null, null);
        AssertRow(report, T03, "2010102", 0m, null, 0m, null, null, null);
        AssertRow(report, T03, "Total", 5m, 5m, 0m, null, null, null);
        // Nothing was received, so every income cell, and every total of them, stays blank rather than 0.
        Assert.Equal(["Total"], report.Table(T02)!.Rows.Select(r => r.Key));
        AssertRow(report, T02, "Total", null, null, null, null, null, null, null);
        AssertRow(report, T01, "IncomeTotal", [null]);
        AssertRow(report, T01, "IncomeGrandTotal", [null]);
        AssertRow(report, T01, "ExpenditureGrandTotal", null, 5m);
        AssertRow(report, T07, "ThreePublicCosts", null, null, null, null, null, null, null, null, null, null, null, null);
    }

    [Fact]
    public void Basic_expenditure_table_sums_sections_into_classes_and_personnel_and_operating_totals()
    {
        var report = LedgerBuilder.Build(Ledger(
            Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 100m),
            Spend("2010102", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 0.5m),
            Spend("2010101", "30113", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 10.25m),
            Spend("2010101", "30301", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 4m),
            Spend("2010101", "30201", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 7.5m),
            Spend("2010101", "31002", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 3.27m),
            Spend("2010101", "30905", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1m),
            // Neither project spending nor other sources belong in 公开06表.
            Spend("2010101", "30201", ExpenditureUse.Project, FundingSource.GeneralPublicBudget, 50m),
            Spend("2010101", "30201", ExpenditureUse.Basic, FundingSource.Other, 60m)), Templates);

        AssertRow(report, T06, "301", 110.75m);
        AssertRow(report, T06, "30101", 100.5m);
        AssertRow(report, T06, "30113", 10.25m);
        AssertRow(report, T06, "302", 7.5m);
        AssertRow(report, T06, "303", 4m);
        AssertRow(report, T06, "307", [null]);
        AssertRow(report, T06, "309", 1m);
        AssertRow(report, T06, "310", 3.27m);
        AssertRow(report, T06, "399", [null]);
        AssertRow(report, T06, "PersonnelCostTotal", 114.75m);          // 301 110.75 + 303 4
        AssertRow(report, T06, "OperatingCostTotal", 11.77m);           // 302 7.5 + 309 1 + 310 3.27
        Assert.Equal(
            ["301", "30101", "30113", "302", "30201", "303", "30301", "307", "309", "30905", "310", "31002", "399", "PersonnelCostTotal", "OperatingCostTotal"],
            report.Table(T06)!.Rows.Select(r => r.Key));
    }

    [Fact]
    public void Basic_expenditure_table_lists_every_catalogued_section_blank_where_the_ledger_has_none()
    {
        var catalogue = new ClassificationCatalogue(
        [
            new ClassificationEntry(ClassificationScheme.DepartmentEconomic, "301", "工资福利支出", ClassificationLevel.Class, null, true),
            new ClassificationEntry(ClassificationScheme.DepartmentEconomic, "30101", "基本工资", ClassificationLevel.Section, "301", true),
            new ClassificationEntry(ClassificationScheme.DepartmentEconomic, "30102", "津贴补贴", ClassificationLevel.Section, "301", true),
            new ClassificationEntry(ClassificationScheme.DepartmentEconomic, "30701", "国内债务付息", ClassificationLevel.Section, "307", true),
        ]);
        var report = LedgerBuilder.Build(
            Ledger(Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1m)), Templates, catalogue);

        var t06 = report.Table(T06)!;
        Assert.Equal(1m, t06["30101", 1]);
        Assert.NotNull(t06.Find("30102"));
        Assert.Null(t06["30102", 1]);
        Assert.NotNull(t06.Find("30701"));
        Assert.Null(t06["307", 1]);
        Assert.Equal("津贴补贴", t06.Find("30102")!.Label);
        Assert.Equal("工资福利支出", t06.Find("301")!.Label);
    }

    [Fact]
    public void Three_public_costs_come_from_general_budget_spending_on_their_economic_codes()
    {
        var report = LedgerBuilder.Build(Ledger(
            Spend("2010101", "30217", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1.50m),
            Spend("2010106", "30217", ExpenditureUse.Project, FundingSource.GeneralPublicBudget, 0.48m),
            Spend("2010101", "30231", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 2m),
            Spend("2010101", "31013", ExpenditureUse.Project, FundingSource.GeneralPublicBudget, 20m),
            // Reception paid from other money is not a 财政拨款 “三公” cost.
            Spend("2010101", "30217", ExpenditureUse.Basic, FundingSource.Other, 9m),
            new LedgerLine(LedgerLineType.ThreePublicCostsBudget) { ThreePublicItem = ThreePublicCostItem.OfficialReception, Amount = 2.01m },
            new LedgerLine(LedgerLineType.ThreePublicCostsBudget) { ThreePublicItem = ThreePublicCostItem.OfficialVehicleOperation, Amount = 3m },
            new LedgerLine(LedgerLineType.ThreePublicCostsBudget) { ThreePublicItem = ThreePublicCostItem.OfficialOverseasTravel, Amount = 0m }), Templates);

        //                                        预算: 合计 出国 车小计 购置 运行 接待 | 决算: 合计  出国  车小计 购置 运行 接待
        AssertRow(report, T07, "ThreePublicCosts", 5.01m, 0m, 3m, null, 3m, 2.01m, 23.98m, null, 22m, 20m, 2m, 1.98m);
    }

    [Fact]
    public void Three_public_actual_lines_override_the_amount_derived_from_economic_codes_item_by_item()
    {
        var report = LedgerBuilder.Build(Ledger(
            Spend("2010101", "30217", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1.98m),
            Spend("2010101", "30231", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 2m),
            new LedgerLine(LedgerLineType.ThreePublicCostsActual) { ThreePublicItem = ThreePublicCostItem.OfficialReception, Amount = 1.5m },
            new LedgerLine(LedgerLineType.ThreePublicCostsActual) { ThreePublicItem = ThreePublicCostItem.OfficialReception, Amount = 0.7m },
            new LedgerLine(LedgerLineType.ThreePublicCostsActual) { ThreePublicItem = ThreePublicCostItem.OfficialOverseasTravel, Amount = 4m }), Templates);

        AssertRow(report, T07, "ThreePublicCosts", null, null, null, null, null, null, 8.2m, 4m, 2m, null, 2m, 2.2m);
    }

    [Fact]
    public void Government_fund_and_state_capital_tables_say_so_when_the_unit_has_none()
    {
        var report = LedgerBuilder.Build(
            Ledger(Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1m)), Templates);

        var t08 = report.Table(T08)!;
        var t09 = report.Table(T09)!;
        Assert.Empty(t08.Rows);
        Assert.Empty(t09.Rows);
        Assert.Equal($"此表无数据（{UnitName}没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。）", t08.EmptyStatement);
        Assert.Equal($"此表无数据（{UnitName}没有使用国有资本经营预算安排的支出，故本表无数据。）", t09.EmptyStatement);
        Assert.Equal("公开08表", t08.Number);
        Assert.Equal(UnitName, t09.DepartmentField);
    }

    [Fact]
    public void Government_fund_table_shows_balances_income_and_spending_by_functional_code()
    {
        var report = LedgerBuilder.Build(Ledger(
            Balance(LedgerLineType.OpeningCarryover, FundingSource.GovernmentFund, 2m, "2120801"),
            Receive("2120801", FundingSource.GovernmentFund, 30m),
            Spend("2120801", "30201", ExpenditureUse.Basic, FundingSource.GovernmentFund, 4m),
            Spend("2120801", "31005", ExpenditureUse.Project, FundingSource.GovernmentFund, 25.5m),
            Balance(LedgerLineType.ClosingCarryover, FundingSource.GovernmentFund, 2.5m, "2120801"),
            Spend("2230105", "31005", ExpenditureUse.Project, FundingSource.StateCapital, 6m)), Templates);

        //                                  年初 本年收入 支出小计 基本 项目   年末
        AssertRow(report, T08, "2120801", 2m, 30m, 29.5m, 4m, 25.5m, 2.5m);
        AssertRow(report, T08, "212", 2m, 30m, 29.5m, 4m, 25.5m, 2.5m);
        AssertRow(report, T08, "Total", 2m, 30m, 29.5m, 4m, 25.5m, 2.5m);
        Assert.Null(report.Table(T08)!.EmptyStatement);
        AssertRow(report, T09, "2230105", 6m, null, 6m);
        AssertRow(report, T09, "Total", 6m, null, 6m);
        Assert.Null(report.Table(T09)!.EmptyStatement);
        // 公开05表 holds 一般公共预算 only: nothing here.
        AssertRow(report, T05, "Total", null, null, null);
    }

    [Fact]
    public void Cells_are_rounded_half_up_to_two_decimals_after_summing_exact_amounts()
    {
        var report = LedgerBuilder.Build(Ledger(
            Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1.0049m),
            Spend("2010102", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1.0049m)), Templates);

        AssertRow(report, T03, "2010101", 1.00m, 1.00m);
        AssertRow(report, T03, "2010102", 1.00m, 1.00m);
        // 2.0098 → 2.01: the printed total differs from the sum of printed parts by 0.01 (尾数误差), as in real tables.
        AssertRow(report, T03, "Total", 2.01m, 2.01m);
    }

    [Fact]
    public void Explanation_figures_reasons_names_and_headers_come_from_the_ledger_and_templates()
    {
        var ledger = Ledger(
            Spend("2010101", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1m),
            LedgerLine.Figure("2010101", 2, 589.64m),
            LedgerLine.Figure("AgencyOperatingCost", 2, 126.35m),
            LedgerLine.Figure("GrandTotal", 3, 837.69m),
            LedgerLine.Figure("ReceptionGroups", 1, 20m),
            new LedgerLine(LedgerLineType.Reason) { Key = "GrandTotal", Text = "新增4名工作人员" },
            new LedgerLine(LedgerLineType.SubjectName) { FunctionalCode = "2010101", Text = "行政运行" },
            new LedgerLine(LedgerLineType.SubjectName) { FunctionalCode = "201", Text = "一般公共服务支出" });
        var report = LedgerBuilder.Build(ledger, Templates);

        var s = report.Table(DisclosureTableKind.ExplanationFigures)!;
        Assert.Equal(["GrandTotal", "ReceptionGroups", "AgencyOperatingCost", "2010101"], s.Rows.Select(r => r.Key));
        Assert.Equal(837.69m, s["GrandTotal", 3]);
        Assert.Equal(126.35m, s["AgencyOperatingCost", 2]);
        Assert.Null(s["AgencyOperatingCost", 1]);
        Assert.Equal(589.64m, s["2010101", 2]);
        Assert.Equal("行政运行", s.Find("2010101")!.Label);
        Assert.Equal("新增4名工作人员", report.Reasons["GrandTotal"]);
        Assert.Equal("行政运行", report.Table(T03)!.Find("2010101")!.Label);
        Assert.Equal("一般公共服务支出", report.Table(T01)!.Find("201")!.Label);
        Assert.Null(report.Table(T03)!.Find("20101")!.Label);
        Assert.Equal("公开05表", report.Table(T05)!.Number);
        Assert.Equal("一般公共预算财政拨款支出决算表", report.Table(T05)!.Title);
        Assert.Equal(UnitName, report.Table(T05)!.DepartmentField);
        Assert.Equal(2020, report.Year);
        Assert.Equal(UnitName, report.Unit.Name);
        Assert.Equal(10, report.Tables.Count());
    }

    [Fact]
    public void A_line_lacking_a_field_its_type_needs_is_refused()
    {
        var noEconomic = Ledger(Spend("2010101", null, ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1m));
        var badCode = Ledger(Spend("201", "30101", ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, 1m));

        Assert.Contains("EconomicCode", Assert.Throws<ArgumentException>(() => LedgerBuilder.Build(noEconomic, Templates)).Message);
        Assert.Contains("201", Assert.Throws<ArgumentException>(() => LedgerBuilder.Build(badCode, Templates)).Message);
    }
}
