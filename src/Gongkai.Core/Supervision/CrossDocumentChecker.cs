using Gongkai.Checks;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Supervision;

/// <summary>
/// Documents of the same unit check each other: this year's 上年决算数 against last year's published 决算 (XD01), the
/// budget disclosure against the 年初预算数 the final accounts of the same year state (XD02), and the self-evaluation's
/// funds and base data against the 决算 tables (XD03). A difference beyond 0.01 万元 is an error: the same figure is
/// published twice with two values, and at least one is wrong.
/// </summary>
public static class CrossDocumentChecker
{
    /// <summary>Rule id: 上年决算数 against last year's 决算.</summary>
    public const string PriorYearRule = "XD01";

    /// <summary>Rule id: 部门预算 against the 年初预算数 of the 决算 of the same year.</summary>
    public const string BudgetRule = "XD02";

    /// <summary>Rule id: 绩效自评 funds against the 决算 tables.</summary>
    public const string SelfEvaluationRule = "XD03";

    private const decimal Tolerance = 0.01m;

    /// <summary>Checks the reports of one unit (any years and kinds, in any order).</summary>
    public static IReadOnlyList<Finding> Check(IReadOnlyList<UnitYearReport> reports, string unit)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var findings = new List<Finding>();
        var finals = reports.Where(r => r.Kind == DisclosureKind.FinalAccounts).ToList();
        foreach (var report in finals.OrderBy(r => r.Year))
        {
            var tables = finals.Where(r => r.Year == report.Year && r.Tables.Any(t => t.Rows.Count > 0)).ToList();
            foreach (var prior in finals.Where(p => p.Year == report.Year - 1 && p.Tables.Any(t => t.Rows.Count > 0)))
            {
                PriorYear(report, prior, unit, findings);
            }

            if (report.SelfEvaluation is not null || report.EvaluationBaseData is not null)
            {
                foreach (var withTables in tables)
                {
                    SelfEvaluation(report, withTables, unit, findings);
                }

                foreach (var prior in finals.Where(p => p.Year == report.Year - 1 && p.Tables.Any(t => t.Rows.Count > 0)))
                {
                    Compare(findings, PriorYearRule, unit, report.Year,
                        MessageCatalogue.SupervisionBaseDataPriorSpending, report.EvaluationBaseData?.TotalSpending.PriorFinal,
                        MessageCatalogue.Format(MessageCatalogue.SupervisionPriorTable, prior.Year, "公开03表 本年支出合计"), Spending(prior));
                }
            }
        }

        foreach (var budget in reports.Where(r => r.Kind == DisclosureKind.Budget))
        {
            foreach (var final in finals.Where(f => f.Year == budget.Year))
            {
                Budget(budget, final, unit, findings);
            }
        }

        return findings;
    }

    private static void PriorYear(UnitYearReport report, UnitYearReport prior, string unit, List<Finding> findings)
    {
        if (report.Table(DisclosureTableKind.ExplanationFigures) is not { } s)
        {
            return;
        }

        var t07 = prior.Table(DisclosureTableKind.ThreePublicCosts);
        var t03 = prior.Table(DisclosureTableKind.ExpenditureStatement);
        (string Key, string Name, decimal? Prior, string PriorName)[] pairs =
        [
            ("GrandTotal", "收支总计", prior.Table(DisclosureTableKind.IncomeExpenditureSummary)?["IncomeGrandTotal", 1], "公开01表 收入总计"),
            ("ExpenditureTotal", "本年支出合计", Spending(prior), "公开03表 本年支出合计"),
            ("BasicExpenditure", "基本支出", t03?["Total", 2], "公开03表 基本支出"),
            ("ProjectExpenditure", "项目支出", t03?["Total", 3], "公开03表 项目支出"),
            ("GeneralBudgetExpenditure", "一般公共预算财政拨款支出", prior.Table(DisclosureTableKind.GeneralBudgetExpenditure)?["Total", 1], "公开05表 合计"),
            ("ThreePublicCostsTotal", "“三公”经费财政拨款支出", t07?["ThreePublicCosts", 7], "公开07表 决算数合计"),
            ("OfficialOverseasTravel", "因公出国（境）费", t07?["ThreePublicCosts", 8], "公开07表 决算数因公出国（境）费"),
            ("OfficialVehicles", "公务用车购置及运行维护费", t07?["ThreePublicCosts", 9], "公开07表 决算数公务用车购置及运行费"),
            ("OfficialReception", "公务接待费", t07?["ThreePublicCosts", 12], "公开07表 决算数公务接待费"),
            ("AgencyOperatingCost", "机关运行经费", prior.Table(DisclosureTableKind.ExplanationFigures)?["AgencyOperatingCost", 1], "情况说明 机关运行经费"),
        ];
        foreach (var (key, name, value, priorName) in pairs)
        {
            Compare(findings, PriorYearRule, unit, report.Year,
                MessageCatalogue.Format(MessageCatalogue.SupervisionPriorStated, report.Year, name), s[key, 3],
                MessageCatalogue.Format(MessageCatalogue.SupervisionPriorTable, prior.Year, priorName), value);
        }
    }

    private static void SelfEvaluation(UnitYearReport evaluated, UnitYearReport final, string unit, List<Finding> findings)
    {
        var t03 = final.Table(DisclosureTableKind.ExpenditureStatement);
        var table = MessageCatalogue.Format(MessageCatalogue.SupervisionFinalTable, final.Year, "公开03表");
        if (evaluated.SelfEvaluation?.Funds is { } funds)
        {
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionSheetFunds, "年度资金总额"), funds.Total.Executed,
                table + " 本年支出合计", Spending(final));
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionSheetFunds, "基本支出"), funds.Basic.Executed,
                table + " 基本支出", t03?["Total", 2]);
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionSheetFunds, "项目支出"), funds.Project.Executed,
                table + " 项目支出", t03?["Total", 3]);
        }

        if (evaluated.EvaluationBaseData is { } data)
        {
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionBaseData, "支出总额"), data.TotalSpending.Final,
                table + " 本年支出合计", Spending(final));
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionBaseData, "基本支出"), data.BasicSpending.Final,
                table + " 基本支出", t03?["Total", 2]);
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionBaseData, "项目支出"), data.ProjectSpending.Final,
                table + " 项目支出", t03?["Total", 3]);
            Compare(findings, SelfEvaluationRule, unit, final.Year, MessageCatalogue.Format(MessageCatalogue.SupervisionBaseData, "“三公”经费"), data.ThreePublic.TotalOf(Performance.BaseDataColumn.Final),
                MessageCatalogue.Format(MessageCatalogue.SupervisionFinalTable, final.Year, "公开07表") + " 决算数合计", final.Table(DisclosureTableKind.ThreePublicCosts)?["ThreePublicCosts", 7]);
        }
    }

    private static void Budget(UnitYearReport budget, UnitYearReport final, string unit, List<Finding> findings)
    {
        var b05 = budget.Table(DisclosureTableKind.GeneralBudgetExpenditure);
        var s = final.Table(DisclosureTableKind.ExplanationFigures);
        if (b05 is null || s is null)
        {
            return;
        }

        var budgetName = MessageCatalogue.Format(MessageCatalogue.SupervisionBudgetTable, budget.Year);
        var finalName = MessageCatalogue.Format(MessageCatalogue.SupervisionFinalInitial, final.Year);
        Compare(findings, BudgetRule, unit, budget.Year, budgetName + " 合计", b05["Total", 1], finalName + " 一般公共预算财政拨款支出", s["GeneralBudgetExpenditure", 2]);
        foreach (var row in b05.Rows.Where(r => r.IsCoded && r.Key.Length == 7))
        {
            Compare(findings, BudgetRule, unit, budget.Year, $"{budgetName} {row.Label}（{row.Key}）", row[1], $"{finalName} {row.Label}（{row.Key}）", s[row.Key, 2]);
        }
    }

    private static decimal? Spending(UnitYearReport report) =>
        report.Table(DisclosureTableKind.ExpenditureStatement)?["Total", 1] ?? report.Table(DisclosureTableKind.IncomeExpenditureSummary)?["ExpenditureTotal", 2];

    private static void Compare(List<Finding> findings, string rule, string unit, int year, string name, decimal? value, string otherName, decimal? other)
    {
        if (value is not { } a || other is not { } b || Math.Abs(a - b) <= Tolerance)
        {
            return;
        }

        var where = MessageCatalogue.Format(MessageCatalogue.SupervisionUnitYear, unit, year);
        findings.Add(new Finding(rule, Severity.Error, where,
            MessageCatalogue.Format(MessageCatalogue.SupervisionCrossMismatch, where, name, AmountFormat.Amount(a), otherName, AmountFormat.Amount(b), AmountFormat.Difference(a - b)),
            AmountFormat.Amount(a), AmountFormat.Amount(b), []));
    }
}
