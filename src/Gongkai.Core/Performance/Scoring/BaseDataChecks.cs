using Gongkai.Checks;
using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>
/// The checks of a 绩效评价基础数据表: its printed rates against their formulas, 支出总额 = 基本支出 + 项目支出 and
/// Σ 项目 = 项目支出 per year column, 公用经费 within 基本支出, “三公” items against their totals, and the 本年 columns
/// against the funds block of the 自评表.
/// </summary>
internal static class BaseDataChecks
{
    private const string Place = "绩效评价基础数据表";

    public static void Run(EvaluationBaseData data, SelfEvaluationSheet sheet, ScoringRuleSet rules, List<Finding> findings)
    {
        if (data.HeadcountControlRate is { } headcount)
        {
            var figures = $"{data.ActualHeadcount} ÷ {data.AuthorizedHeadcount}";
            if (data.PrintedHeadcountControlRate is { } printed && !PerformanceFigures.PercentAgrees(printed, headcount))
            {
                findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Error, Place + " " + MessageCatalogue.BaseRowHeadcount,
                    MessageCatalogue.Format(MessageCatalogue.FindingHeadcountRate, PerformanceFigures.PrintedPercent(printed), figures, PerformanceFigures.Percent(headcount)),
                    PerformanceFigures.PrintedPercent(printed), PerformanceFigures.Percent(headcount)));
            }

            var rule = rules.Indicators.FirstOrDefault(r => r.Kind == CommonIndicatorKind.HeadcountControlRate);
            var scored = sheet.Indicators.Any(i => rules.RuleOf(i)?.Kind == CommonIndicatorKind.HeadcountControlRate);
            if (headcount > 1 && !scored)
            {
                findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Notice, Place + " " + MessageCatalogue.BaseRowHeadcount,
                    MessageCatalogue.Format(MessageCatalogue.FindingHeadcountOver, PerformanceFigures.Percent(headcount), figures, rule?.Source ?? rules.Title),
                    PerformanceFigures.Percent(headcount), null));
            }
        }

        foreach (var column in Enum.GetValues<BaseDataColumn>())
        {
            var label = CommonIndicatorFormulas.ColumnLabel(data, column);
            if (data.TotalSpending[column] is { } total && data.BasicSpending[column] is { } basic && data.ProjectSpending[column] is { } project)
            {
                var sum = basic + project;
                if (Math.Abs(total - sum) > Tolerance.Default.For(2))
                {
                    findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Error, Place,
                        MessageCatalogue.Format(MessageCatalogue.FindingBaseTotal, label, P(total), P(basic), P(project), A(sum), D(total - sum)), P(total), A(sum)));
                }
            }

            if (data.ProjectsSum(column) is { } projects && data.ProjectSpending[column] is { } printedProjects)
            {
                var count = data.Projects.Count(p => p.Amounts[column] is not null);
                if (Math.Abs(projects - printedProjects) > Tolerance.Default.For(count))
                {
                    findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Warning, Place,
                        MessageCatalogue.Format(MessageCatalogue.FindingBaseProjects, label, A(projects), count, P(printedProjects), D(printedProjects - projects)), P(printedProjects), A(projects)));
                }
            }

            if (data.PublicFunds[column] is { } publicFunds && data.BasicSpending[column] is { } basicSpending && publicFunds > basicSpending)
            {
                findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Error, Place,
                    MessageCatalogue.Format(MessageCatalogue.FindingBasePublicFunds, label, P(publicFunds), P(basicSpending)), P(publicFunds), null));
            }

            var three = data.ThreePublic;
            if (three.Vehicles[column] is { } vehicles && (three.VehiclePurchase[column] is not null || three.VehicleOperation[column] is not null))
            {
                var parts = (three.VehiclePurchase[column] ?? 0) + (three.VehicleOperation[column] ?? 0);
                if (Math.Abs(vehicles - parts) > Tolerance.Default.For(2))
                {
                    findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Error, Place,
                        MessageCatalogue.Format(MessageCatalogue.FindingBaseVehicles, label, P(vehicles), A(parts)), P(vehicles), A(parts)));
                }
            }

            if (three.Total[column] is { } threeTotal)
            {
                var items = (three.Vehicles[column] ?? (three.VehiclePurchase[column] ?? 0) + (three.VehicleOperation[column] ?? 0))
                    + (three.OutboundTravel[column] ?? 0) + (three.Reception[column] ?? 0);
                if (Math.Abs(threeTotal - items) > Tolerance.Default.For(3))
                {
                    findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Error, Place,
                        MessageCatalogue.Format(MessageCatalogue.FindingBaseThreePublic, label, P(threeTotal), A(items)), P(threeTotal), A(items)));
                }
            }
        }

        var funds = sheet.Funds;
        Compare(findings, data, BaseDataColumn.Final, MessageCatalogue.BaseRowTotal, data.TotalSpending.Final, MessageCatalogue.FigureExecuted, funds.Total.Executed);
        Compare(findings, data, BaseDataColumn.Budget, MessageCatalogue.BaseRowTotal, data.TotalSpending.Budget, MessageCatalogue.FigureInitialBudget, funds.Total.Initial);
        Compare(findings, data, BaseDataColumn.Final, MessageCatalogue.BaseRowBasic, data.BasicSpending.Final, "基本支出" + MessageCatalogue.FigureExecutedSuffix, funds.Basic.Executed);
        Compare(findings, data, BaseDataColumn.Final, MessageCatalogue.BaseRowProject, data.ProjectSpending.Final, "项目支出" + MessageCatalogue.FigureExecutedSuffix, funds.Project.Executed);

        if (data.Buildings is { } b)
        {
            CheckPrintedRate(findings, MessageCatalogue.BaseRowBuildingArea, b.PrintedAreaRate, b.AreaRate);
            CheckPrintedRate(findings, MessageCatalogue.BaseRowBuildingInvestment, b.PrintedInvestmentRate, b.InvestmentRate);
        }
    }

    private static void Compare(List<Finding> findings, EvaluationBaseData data, BaseDataColumn column, string row, decimal? baseValue, string sheetName, decimal? sheetValue)
    {
        if (baseValue is { } a && sheetValue is { } b && Math.Abs(a - b) > Tolerance.Default.Minimum)
        {
            var label = CommonIndicatorFormulas.ColumnLabel(data, column);
            findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Warning, Place,
                MessageCatalogue.Format(MessageCatalogue.FindingBaseVsSheet, label, row, P(a), sheetName, P(b), D(a - b)), P(a), P(b)));
        }
    }

    private static void CheckPrintedRate(List<Finding> findings, string name, decimal? printed, decimal? computed)
    {
        if (printed is { } p && computed is { } c && !PerformanceFigures.PercentAgrees(p, c))
        {
            findings.Add(SelfEvaluationScorer.Make("P-BASE", Severity.Error, Place + " " + name,
                MessageCatalogue.Format(MessageCatalogue.FindingBaseRate, name, PerformanceFigures.PrintedPercent(p), PerformanceFigures.Percent(c)),
                PerformanceFigures.PrintedPercent(p), PerformanceFigures.Percent(c)));
        }
    }

    private static string P(decimal d) => PerformanceFigures.Printed(d);

    private static string A(decimal d) => Formatting.AmountFormat.Amount(d);

    private static string D(decimal d) => Formatting.AmountFormat.Difference(d);
}
