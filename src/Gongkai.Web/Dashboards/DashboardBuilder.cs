using System.Globalization;
using Gongkai.Classification;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;
using Gongkai.Web.Rendering;

namespace Gongkai.Web.Dashboards;

/// <summary>
/// Builds the dashboards from the audited views of published reports. Every figure is a cell of a report as stored:
/// 公开03表 for spending by class and 基本/项目, 公开07表 for 三公 budget and actual, the 情况说明 figures (S) for the
/// year's budget and the prior year; the self-evaluation score is the rescored 绩效自评表.
/// </summary>
public sealed class DashboardBuilder(TemplateLibrary templates)
{
    // 公开07表: budget columns 2, 4, 5, 6 and actual columns 8, 10, 11, 12 (the 小计 columns 3/9 and totals 1/7 are left out).
    private static readonly (int Budget, int Actual)[] ThreePublicItems = [(2, 8), (4, 10), (5, 11), (6, 12)];

    private static readonly string[] ExplanationItems = ["ExpenditureTotal", "BasicExpenditure", "ProjectExpenditure", "GeneralBudgetExpenditure", "AgencyOperatingCost", "MeetingCost", "TrainingCost"];

    /// <summary>The dashboard of one unit from its reports (any order).</summary>
    public Dashboard ForUnit(string unitName, IReadOnlyList<ReportView> views)
    {
        var ordered = views.OrderBy(v => v.Report.Year).ToList();
        var charts = new List<DashboardChart>();
        var latest = ordered.LastOrDefault(v => Total(v.Report) is not null);
        if (latest is not null)
        {
            charts.Add(Composition(latest.Report));
            charts.Add(BasicProject(latest.Report));
            charts.Add(BudgetActual(latest.Report));
        }

        charts.Add(YearOverYear(ordered));
        charts.Add(ThreePublicOverYears(ordered));
        return new Dashboard(
            MessageCatalogue.Format(MessageCatalogue.PortalDashboardUnitTitle, unitName),
            ordered.Select(v => new DashboardReport(v.Record.Id, v.Record.UnitName, v.Record.Year)).ToList(),
            charts);
    }

    /// <summary>The dashboard of a region from the reports of its units.</summary>
    public Dashboard ForRegion(string region, IReadOnlyList<ReportView> views)
    {
        var units = views.Select(v => v.Record.UnitName).Distinct().Order(StringComparer.Ordinal).ToList();
        var years = views.Where(v => Total(v.Report) is not null).Select(v => v.Report.Year).Distinct().Order().ToList();
        var totals = new DashboardChart(
            "region-totals", "bar", MessageCatalogue.PortalChartRegionTotals, MessageCatalogue.PortalUnitWan, units,
            years.Select(y => new DashboardSeries(
                MessageCatalogue.Format(MessageCatalogue.PortalSeriesYear, y),
                units.Select(u => views.Where(v => v.Record.UnitName == u && v.Report.Year == y).Select(v => Total(v.Report)).FirstOrDefault()).ToList())).ToList());
        var scores = new DashboardChart(
            "region-scores", "bar", MessageCatalogue.PortalChartRegionScores, MessageCatalogue.PortalUnitPoints, units,
            [
                new DashboardSeries(MessageCatalogue.PortalSeriesScore, units.Select(u => views
                    .Where(v => v.Record.UnitName == u && v.SelfEvaluation is not null)
                    .OrderByDescending(v => v.Report.Year).Select(v => (decimal?)v.SelfEvaluation!.Total).FirstOrDefault()).ToList()),
            ]);
        return new Dashboard(
            MessageCatalogue.Format(MessageCatalogue.PortalDashboardRegionTitle, region),
            views.OrderBy(v => v.Record.UnitName, StringComparer.Ordinal).ThenBy(v => v.Record.Year)
                .Select(v => new DashboardReport(v.Record.Id, v.Record.UnitName, v.Record.Year)).ToList(),
            [totals, scores]);
    }

    /// <summary>The year's total spending: 公开03表 合计, else 公开01表 本年支出合计, else the 情况说明 figure.</summary>
    public static decimal? Total(UnitYearReport report) =>
        report.Table(DisclosureTableKind.ExpenditureStatement)?.Find("Total")?[1]
        ?? report.Table(DisclosureTableKind.IncomeExpenditureSummary)?.Find("ExpenditureTotal")?[2]
        ?? report.Table(DisclosureTableKind.ExplanationFigures)?.Find("ExpenditureTotal")?[1];

    private DashboardChart Composition(UnitYearReport report)
    {
        var rows = report.Table(DisclosureTableKind.ExpenditureStatement)?.Rows.Where(r => r.IsCoded && r.Key.Length == 3 && r[1] is not null).ToList() ?? [];
        return new DashboardChart(
            "composition", "pie", MessageCatalogue.Format(MessageCatalogue.PortalChartComposition, report.Year), MessageCatalogue.PortalUnitWan,
            rows.Select(r => r.Key + " " + ClassName(r, report.Year)).ToList(),
            [new DashboardSeries(MessageCatalogue.PortalSeriesAmount, rows.Select(r => r[1]).ToList())]);
    }

    private static DashboardChart BasicProject(UnitYearReport report)
    {
        var total = report.Table(DisclosureTableKind.ExpenditureStatement)?.Find("Total");
        return new DashboardChart(
            "basic-project", "pie", MessageCatalogue.Format(MessageCatalogue.PortalChartBasicProject, report.Year), MessageCatalogue.PortalUnitWan,
            [MessageCatalogue.PortalBasicExpenditure, MessageCatalogue.PortalProjectExpenditure],
            [new DashboardSeries(MessageCatalogue.PortalSeriesAmount, [total?[2] ?? 0m, total?[3] ?? 0m])]);
    }

    private DashboardChart BudgetActual(UnitYearReport report)
    {
        var set = templates.For(report);
        var categories = new List<string>();
        var budget = new List<decimal?>();
        var actual = new List<decimal?>();
        if (report.Table(DisclosureTableKind.ThreePublicCosts)?.Rows.FirstOrDefault() is { } three)
        {
            var template = set.Table(DisclosureTableKind.ThreePublicCosts);
            foreach (var (b, a) in ThreePublicItems)
            {
                if (three[b] is null && three[a] is null)
                {
                    continue;
                }

                categories.Add(template?.Columns.FirstOrDefault(c => c.Number == a)?.Name ?? a.ToString(CultureInfo.InvariantCulture));
                budget.Add(three[b]);
                actual.Add(three[a]);
            }
        }

        if (report.Table(DisclosureTableKind.ExplanationFigures) is { } figures)
        {
            var template = set.Table(DisclosureTableKind.ExplanationFigures);
            foreach (var key in ExplanationItems)
            {
                if (figures.Find(key) is { } row && row[1] is not null && row[2] is not null)
                {
                    categories.Add(template?.FixedRow(key)?.Label ?? key);
                    budget.Add(row[2]);
                    actual.Add(row[1]);
                }
            }
        }

        return new DashboardChart(
            "budget-actual", "bar", MessageCatalogue.Format(MessageCatalogue.PortalChartBudgetActual, report.Year), MessageCatalogue.PortalUnitWan,
            categories, [new DashboardSeries(MessageCatalogue.PortalSeriesBudget, budget), new DashboardSeries(MessageCatalogue.PortalSeriesActual, actual)]);
    }

    // Each report's own year, and the prior year as its 情况说明 states it where no report of that year says more.
    private static DashboardChart YearOverYear(IReadOnlyList<ReportView> views)
    {
        var byYear = new SortedDictionary<int, decimal?>();
        foreach (var view in views)
        {
            if (Total(view.Report) is { } total)
            {
                byYear[view.Report.Year] = total;
            }
        }

        foreach (var view in views)
        {
            if (view.Report.Table(DisclosureTableKind.ExplanationFigures)?.Find("ExpenditureTotal")?[3] is { } prior)
            {
                byYear.TryAdd(view.Report.Year - 1, prior);
            }
        }

        return new DashboardChart(
            "year-over-year", "line", MessageCatalogue.PortalChartYearOverYear, MessageCatalogue.PortalUnitWan,
            byYear.Keys.Select(y => MessageCatalogue.Format(MessageCatalogue.PortalSeriesYear, y)).ToList(),
            [new DashboardSeries(MessageCatalogue.PortalSeriesTotal, byYear.Values.ToList())]);
    }

    private static DashboardChart ThreePublicOverYears(IReadOnlyList<ReportView> views)
    {
        var rows = views.Select(v => (v.Report.Year, Row: v.Report.Table(DisclosureTableKind.ThreePublicCosts)?.Rows.FirstOrDefault()))
            .Where(p => p.Row is not null).ToList();
        return new DashboardChart(
            "three-public", "bar", MessageCatalogue.PortalChartThreePublic, MessageCatalogue.PortalUnitWan,
            rows.Select(p => MessageCatalogue.Format(MessageCatalogue.PortalSeriesYear, p.Year)).ToList(),
            [
                new DashboardSeries(MessageCatalogue.PortalSeriesBudget, rows.Select(p => p.Row![1]).ToList()),
                new DashboardSeries(MessageCatalogue.PortalSeriesActual, rows.Select(p => p.Row![7]).ToList()),
            ]);
    }

    private static string ClassName(TableRow row, int year) =>
        row.Label ?? ClassificationCatalogue.BuiltIn.Find(ClassificationScheme.Functional, row.Key, year)?.Name ?? "";
}
