using Gongkai.Classification;
using Gongkai.Ledgers;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Synthetic;

/// <summary>
/// Generates consistent final-accounts reports the size of seed 001 (a district unit with 4–8 functional 项, basic and
/// project spending over 20–30 economic 款, 三公, and the figures of its 情况说明), deterministically from a seed. Reports
/// go through the real <see cref="LedgerBuilder"/>, so every roll-up holds by construction, as in a correct submission.
/// </summary>
public sealed class SyntheticReportGenerator
{
    private static readonly string[] BasicPersonnel = ["30101", "30102", "30103", "30107", "30108", "30109", "30110", "30112", "30113", "30199", "30301", "30305", "30307", "30399"];
    private static readonly string[] BasicOperating = ["30201", "30202", "30205", "30206", "30207", "30209", "30211", "30213", "30215", "30216", "30217", "30226", "30228", "30229", "30231", "30239", "30299", "31002"];
    private static readonly string[] ProjectEconomic = ["30201", "30202", "30211", "30215", "30216", "30226", "30227", "30299", "31002", "31007"];

    private readonly Random random;
    private readonly TemplateSet templates;
    private readonly ClassificationCatalogue catalogue;
    private readonly string[] items;
    private int count;

    /// <summary>Creates a generator; the same seed gives the same sequence of reports.</summary>
    public SyntheticReportGenerator(int seed, int year = 2020)
    {
        random = new Random(seed);
        Year = year;
        templates = TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, year);
        catalogue = ClassificationCatalogue.BuiltIn;
        items = catalogue.Entries
            .Where(e => e.Scheme == ClassificationScheme.Functional && e.Level == ClassificationLevel.Item && e.Covers(year))
            .Select(e => e.Code)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The fiscal year of the reports.</summary>
    public int Year { get; }

    /// <summary>The next report.</summary>
    public UnitYearReport Next() => LedgerBuilder.Build(NextLedger(), templates, catalogue);

    /// <summary>The next ledger (what a unit's finance staff would keep).</summary>
    public Ledger NextLedger()
    {
        count++;
        var unit = new BudgetUnit
        {
            Name = $"合成区第{count}单位", Region = "合成省合成市合成区", Level = "区级", Kind = UnitKind.Administrative,
            AuthorizedHeadcount = random.Next(10, 80),
        };
        unit.ActualHeadcount = unit.AuthorizedHeadcount - random.Next(0, 5);
        var lines = new List<LedgerLine>();
        var chosen = items.OrderBy(_ => random.Next()).Take(random.Next(4, 9)).Order(StringComparer.Ordinal).ToList();
        decimal initialTotal = 0;
        foreach (var item in chosen)
        {
            decimal itemTotal = 0;
            foreach (var econ in Pick(BasicPersonnel, 3, 8).Concat(Pick(BasicOperating, 2, 6)))
            {
                var amount = Amount(0.5m, 120m);
                itemTotal += amount;
                lines.Add(LedgerLine.Expenditure(item, econ, ExpenditureUse.Basic, FundingSource.GeneralPublicBudget, amount));
            }

            if (random.Next(3) == 0)
            {
                foreach (var econ in Pick(ProjectEconomic, 1, 4))
                {
                    var amount = Amount(0.5m, 60m);
                    itemTotal += amount;
                    lines.Add(LedgerLine.Expenditure(item, econ, ExpenditureUse.Project, FundingSource.GeneralPublicBudget, amount));
                }
            }

            lines.Add(LedgerLine.Income(item, FundingSource.GeneralPublicBudget, itemTotal));
            var initial = Math.Round(itemTotal * (decimal)(0.8 + random.NextDouble() * 0.4), 2);
            initialTotal += initial;
            lines.Add(LedgerLine.Figure(item, 2, initial));
        }

        var grand = lines.Where(l => l.Type == LedgerLineType.Income).Sum(l => l.Amount!.Value);
        var prior = Math.Round(grand * (decimal)(0.85 + random.NextDouble() * 0.3), 2);
        lines.Add(LedgerLine.Figure("GrandTotal", 3, prior));
        lines.Add(LedgerLine.Figure("ExpenditureTotal", 3, prior));
        lines.Add(LedgerLine.Figure("AppropriationGrandTotal", 3, prior));
        lines.Add(LedgerLine.Figure("GeneralBudgetExpenditure", 2, initialTotal));
        lines.Add(LedgerLine.Figure("GeneralBudgetExpenditure", 3, prior));
        var reception = lines.Where(l => l.EconomicCode == "30217").Sum(l => l.Amount!.Value);
        lines.Add(new LedgerLine(LedgerLineType.ThreePublicCostsBudget) { ThreePublicItem = ThreePublicCostItem.OfficialReception, Amount = Math.Round(reception * 1.05m, 2) });
        var priorReception = Math.Round(reception * 0.9m, 2);
        lines.Add(LedgerLine.Figure("OfficialReception", 3, priorReception));
        lines.Add(LedgerLine.Figure("OfficialOverseasTravel", 3, 0m));
        lines.Add(LedgerLine.Figure("OfficialVehicles", 3, 0m));
        lines.Add(LedgerLine.Figure("ThreePublicCostsTotal", 3, priorReception));
        var meetings = lines.Where(l => l.EconomicCode == "30215").Sum(l => l.Amount!.Value);
        var training = lines.Where(l => l.EconomicCode == "30216").Sum(l => l.Amount!.Value);
        lines.Add(LedgerLine.Figure("MeetingCost", 1, meetings));
        lines.Add(LedgerLine.Figure("TrainingCost", 1, training));
        var operating = lines.Where(l => l.Use == ExpenditureUse.Basic && l.EconomicCode is { } e && (e.StartsWith("302", StringComparison.Ordinal) || e.StartsWith("310", StringComparison.Ordinal)))
            .Sum(l => l.Amount!.Value);
        lines.Add(LedgerLine.Figure("AgencyOperatingCost", 1, operating));
        lines.Add(LedgerLine.Figure("AgencyOperatingCost", 2, Math.Round(operating * 0.9m, 2)));
        lines.Add(LedgerLine.Figure("AgencyOperatingCost", 3, Math.Round(operating * 0.95m, 2)));
        var goods = lines.Where(l => l.EconomicCode is "31002" or "31007").Sum(l => l.Amount!.Value);
        lines.Add(LedgerLine.Figure("GovernmentProcurement", 1, goods));
        lines.Add(LedgerLine.Figure("ProcurementGoods", 1, goods));
        lines.Add(LedgerLine.Figure("SmeContracts", 1, goods));
        lines.Add(LedgerLine.Figure("Vehicles", 1, 0m));
        lines.Add(LedgerLine.Figure("OfficialVehiclesHeld", 1, 0m));
        return new Ledger(unit, Year, lines);
    }

    private IEnumerable<string> Pick(string[] from, int min, int max) =>
        from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1));

    private decimal Amount(decimal min, decimal max) =>
        Math.Round(min + (max - min) * (decimal)random.NextDouble(), 2);
}
