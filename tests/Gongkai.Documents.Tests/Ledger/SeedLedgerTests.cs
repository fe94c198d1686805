using Gongkai.Classification;
using System.Globalization;
using Gongkai.Documents.Ledgers;
using Gongkai.Ledgers;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Tests.Ledgers;

/// <summary>
/// samples/seed-001-ledger.csv rebuilds the nine tables of seed 001 (渌口区人大常委会 2020 部门决算): every printed
/// cell, typed here from the seed text (/work/shared/seeds/001_424111e6d4059655.txt), blanks included.
/// </summary>
public sealed class SeedLedgerTests
{
    // One line per printed row: table, row key, then the cells from column 1 ("-" = printed blank). 公开01/04表 print
    // their 收入 side in column 1 and their 支出 side from column 2, so a 支出 row starts with "-". Every row the seed
    // prints is here, including the blank class rows of 01/04 and the blank 款 of 06.
    private const string Seed001Cells = """
        T01 GeneralPublicBudgetAppropriation 876.17
        T01 GovernmentFundAppropriation -
        T01 StateCapitalAppropriation -
        T01 HigherLevelSubsidy -
        T01 OperatingRevenueOfInstitutions -
        T01 BusinessRevenue -
        T01 SubsidiaryRemittance -
        T01 OtherIncome -
        T01 IncomeTotal 876.17
        T01 UseOfNonAppropriationBalance -
        T01 OpeningCarryover -
        T01 IncomeGrandTotal 876.17
        T01 201 - 836.91
        T01 202 - -
        T01 203 - -
        T01 204 - -
        T01 205 - -
        T01 206 - -
        T01 221 - 39.26
        T01 ExpenditureTotal - 876.17
        T01 BalanceDistribution - -
        T01 ClosingCarryover - -
        T01 ExpenditureGrandTotal - 876.17
        T02 Total 876.17 876.17 - - - - -
        T02 201 836.91 836.91 - - - - -
        T02 20101 836.91 836.91 - - - - -
        T02 2010101 657.19 657.19 - - - - -
        T02 2010102 6.43 6.43 - - - - -
        T02 2010104 24.2 24.2 - - - - -
        T02 2010106 92.84 92.84 - - - - -
        T02 2010107 56.25 56.25 - - - - -
        T02 221 39.26 39.26 - - - - -
        T02 22102 39.26 39.26 - - - - -
        T02 2210201 39.26 39.26 - - - - -
        T03 Total 876.17 876.17 - - - -
        T03 201 836.91 836.91 - - - -
        T03 20101 836.91 836.91 - - - -
        T03 2010101 657.19 657.19 - - - -
        T03 2010102 6.43 6.43 - - - -
        T03 2010104 24.2 24.2 - - - -
        T03 2010106 92.84 92.84 - - - -
        T03 2010107 56.25 56.25 - - - -
        T03 221 39.26 39.26 - - - -
        T03 22102 39.26 39.26 - - - -
        T03 2210201 39.26 39.26 - - - -
        T04 GeneralPublicBudgetAppropriation 876.17
        T04 GovernmentFundAppropriation -
        T04 StateCapitalAppropriation -
        T04 IncomeTotal 876.17
        T04 OpeningCarryover -
        T04 OpeningCarryoverGeneralPublicBudget -
        T04 OpeningCarryoverGovernmentFund -
        T04 OpeningCarryoverStateCapital -
        T04 IncomeGrandTotal 876.17
        T04 201 - 836.91 836.91 - -
        T04 202 - - - - -
        T04 203 - - - - -
        T04 204 - - - - -
        T04 205 - - - - -
        T04 206 - - - - -
        T04 221 - 39.26 39.26 - -
        T04 ExpenditureTotal - 876.17 876.17 - -
        T04 ClosingCarryover - - - - -
        T04 ExpenditureGrandTotal - 876.17 876.17 - -
        T05 Total 876.17 876.17 -
        T05 201 836.91 836.91 -
        T05 20101 836.91 836.91 -
        T05 2010101 657.19 657.19 -
        T05 2010102 6.43 6.43 -
        T05 2010104 24.2 24.2 -
        T05 2010106 92.84 92.84 -
        T05 2010107 56.25 56.25 -
        T05 221 39.26 39.26 -
        T05 22102 39.26 39.26 -
        T05 2210201 39.26 39.26 -
        T06 301 547.16
        T06 30101 176.61
        T06 30102 108.42
        T06 30103 103.99
        T06 30106 -
        T06 30107 -
        T06 30108 46.31
        T06 30109 -
        T06 30110 26.68
        T06 30111 -
        T06 30112 8.21
        T06 30113 44.38
        T06 30114 21.91
        T06 30199 10.65
        T06 303 53.72
        T06 30301 16.28
        T06 30302 -
        T06 30303 -
        T06 30304 -
        T06 30305 1.34
        T06 30306 0.73
        T06 30307 19.09
        T06 30308 -
        T06 30309 2.52
        T06 30310 -
        T06 30311 -
        T06 30399 13.76
        T06 302 272.02
        T06 30201 47.24
        T06 30202 30.07
        T06 30203 -
        T06 30204 -
        T06 30205 -
        T06 30206 -
        T06 30207 12.32
        T06 30208 -
        T06 30209 0.78
        T06 30211 1.56
        T06 30212 -
        T06 30213 4.88
        T06 30214 1.64
        T06 30215 35.99
        T06 30216 -
        T06 30217 1.98
        T06 30218 -
        T06 30224 -
        T06 30225 -
        T06 30226 6.23
        T06 30227 9.5
        T06 30228 16.29
        T06 30229 3.1
        T06 30231 -
        T06 30239 35.41
        T06 30240 -
        T06 30299 65.03
        T06 307 -
        T06 30701 -
        T06 30702 -
        T06 310 3.27
        T06 31001 -
        T06 31002 3.27
        T06 31003 -
        T06 31005 -
        T06 31006 -
        T06 31007 -
        T06 31008 -
        T06 31009 -
        T06 31010 -
        T06 31011 -
        T06 31012 -
        T06 31013 -
        T06 31019 -
        T06 31021 -
        T06 31022 -
        T06 31099 -
        T06 399 -
        T06 39906 -
        T06 39907 -
        T06 39908 -
        T06 39999 -
        T06 PersonnelCostTotal 600.88
        T06 OperatingCostTotal 275.29
        T07 ThreePublicCosts 2.01 - - - - 2.01 1.98 - - - - 1.98
        T08 Total - - - - - -
        T09 Total - - -
        S GrandTotal - - 837.69
        S ExpenditureTotal - - 837.69
        S AppropriationGrandTotal - - 837.69
        S GeneralBudgetExpenditure - 735.80 837.69
        S 2010101 - 589.64
        S 2010102 - 0
        S 2010104 - 24.20
        S 2010106 - 26
        S 2010107 - 56.7
        S 2210201 - 39.26
        S ThreePublicCostsTotal - - 9.82
        S OfficialOverseasTravel - - 8.2
        S OfficialVehicles - - 0
        S OfficialReception - - 1.62
        S OverseasGroups 0
        S ReceptionGroups 20
        S ReceptionVisitors 200
        S OfficialVehiclesHeld 0
        S AgencyOperatingCost 275.29 126.35 248.83
        S MeetingCost 35.99
        S MeetingParticipants 800
        S TrainingCost 0
        S GovernmentProcurement 3.27
        S ProcurementGoods 3.27
        S SmeContracts 3.27
        S Vehicles 0
        S OfficialVehiclePurchase - - 0
        S OfficialVehicleOperation - - 0
        S OverseasVisitors 0
        S LeaderVehicles 0
        S ConfidentialVehicles 0
        S EmergencyVehicles 0
        S LawEnforcementVehicles 0
        S SpecialTechnicalVehicles 0
        S OtherVehicles 0
        S GeneralEquipmentOver500k 0
        S SpecialEquipmentOver1m 0
        """;

    private const string UnitName = "株洲市渌口区人大常委会";

    private static readonly Lazy<UnitYearReport> Built = new(() =>
    {
        var ledger = LedgerCsvReader.Read(RepositoryPaths.InRepository("samples", "seed-001-ledger.csv"));
        return LedgerBuilder.Build(ledger, TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, ledger.Year), ClassificationCatalogue.BuiltIn);
    });

    private static UnitYearReport Expected()
    {
        var report = new UnitYearReport();
        foreach (var text in Seed001Cells.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(DisclosureTableKinds.TryParse(parts[0], out var kind), text);
            var row = report.GetOrAddTable(kind).Add(new TableRow(parts[1], null, parts.Length - 2));
            for (var column = 1; column < parts.Length - 1; column++)
            {
                row[column] = parts[column + 1] == "-" ? null : decimal.Parse(parts[column + 1], CultureInfo.InvariantCulture);
            }
        }

        return report;
    }

    [Fact]
    public void The_seed_ledger_rebuilds_every_printed_cell_of_seed_001()
    {
        var differences = ReportComparer.Compare(Expected(), Built.Value);

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void The_seed_ledger_rebuilds_the_transcription_in_samples_cell_by_cell()
    {
        var differences = ReportComparer.Compare(Canonical.SeedSample.Read(), Built.Value);

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public void The_comparison_catches_a_wrong_cell_so_the_test_above_can_fail()
    {
        var wrong = Built.Value.Clone();
        var t06 = wrong.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!;
        t06.Find("30217")![1] = 1.97m;
        t06.GetOrAdd("30106", "伙食补助费", 1)[1] = 0m;

        Assert.Equal(
            ["T06[30106].1: （空白） ≠ 0", "T06[30217].1: 1.98 ≠ 1.97"],
            ReportComparer.Compare(Expected(), wrong).Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_seed_ledger_gives_the_unit_headers_names_and_no_data_statements_of_seed_001()
    {
        var report = Built.Value;

        Assert.Equal(2020, report.Year);
        Assert.Equal(UnitName, report.Unit.Name);
        Assert.Equal(UnitKind.Administrative, report.Unit.Kind);
        Assert.Equal(24, report.Unit.AuthorizedHeadcount);
        Assert.Equal(38, report.Unit.ActualHeadcount);
        Assert.Equal("湖南省株洲市渌口区", report.Unit.Region);
        Assert.Equal("区级", report.Unit.Level);
        Assert.All(report.Tables.Where(t => t.Kind != DisclosureTableKind.ExplanationFigures), t => Assert.Equal(UnitName, t.DepartmentField));
        Assert.Equal(
            ["公开01表", "公开02表", "公开03表", "公开04表", "公开05表", "公开06表", "公开07表", "公开08表", "公开09表"],
            report.Tables.Where(t => t.Kind != DisclosureTableKind.ExplanationFigures).Select(t => t.Number));
        Assert.Equal("一般公共预算财政拨款“三公”经费支出决算表", report.Table(DisclosureTableKind.ThreePublicCosts)!.Title);
        Assert.Equal("人大代表履职能力提升", report.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010107")!.Label);
        Assert.Equal("住房保障支出", report.Table(DisclosureTableKind.IncomeExpenditureSummary)!.Find("221")!.Label);
        Assert.Equal("其他交通费用", report.Table(DisclosureTableKind.GeneralBudgetBasicExpenditure)!.Find("30239")!.Label);
        Assert.Equal(
            "此表无数据（株洲市渌口区人大常委会没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。）",
            report.Table(DisclosureTableKind.GovernmentFundStatement)!.EmptyStatement);
        Assert.Equal(
            "此表无数据（株洲市渌口区人大常委会没有使用国有资本经营预算安排的支出，故本表无数据。）",
            report.Table(DisclosureTableKind.StateCapitalStatement)!.EmptyStatement);
    }

    [Fact]
    public void The_seed_ledger_allocation_keeps_income_equal_to_spending_for_every_item()
    {
        var ledger = LedgerCsvReader.Read(RepositoryPaths.InRepository("samples", "seed-001-ledger.csv"));

        var income = ledger.Lines.Where(l => l.Type == LedgerLineType.Income).ToDictionary(l => l.FunctionalCode!, l => l.Amount!.Value);
        var spending = ledger.Lines.Where(l => l.Type == LedgerLineType.Expenditure)
            .GroupBy(l => l.FunctionalCode!).ToDictionary(g => g.Key, g => g.Sum(l => l.Amount!.Value));
        Assert.Equal(income.OrderBy(p => p.Key), spending.OrderBy(p => p.Key));
        Assert.All(ledger.Lines.Where(l => l.Type == LedgerLineType.Expenditure), l =>
        {
            Assert.Equal(FundingSource.GeneralPublicBudget, l.Source);
            Assert.Equal(ExpenditureUse.Basic, l.Use);
        });
    }
}
