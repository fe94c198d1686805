using Gongkai.Classification;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Ledgers;

/// <summary>
/// Builds the nine 公开表 and the explanation figures of a unit from its flat ledger, with every roll-up and total, laid
/// out as the template set lays them out. Totals are summed from the amounts as entered and each cell is then rounded
/// half-up to 2 decimals, as a finance system does (so printed parts may differ from their printed total by a few
/// 0.01, the 尾数误差 every set of tables warns of). A cell no line reaches stays blank (null), and so does a total of
/// blanks only.
/// </summary>
public static class LedgerBuilder
{
    /// <summary>The 部门预算支出经济分类 classes 公开06表 always prints, even when blank.</summary>
    private static readonly string[] PrintedEconomicClasses = ["301", "302", "303", "307", "310", "399"];

    /// <summary>人员经费 = 工资福利支出 + 对个人和家庭的补助.</summary>
    private static readonly string[] PersonnelCostClasses = ["301", "303"];

    /// <summary>公用经费: every other class of basic spending that buys goods, services and assets.</summary>
    private static readonly string[] OperatingCostClasses = ["302", "307", "309", "310", "312", "399"];

    /// <summary>The economic 款 whose 一般公共预算 spending is “三公” spending, when no 三公决算 line says otherwise.</summary>
    private static readonly Dictionary<string, ThreePublicCostItem> ThreePublicEconomicCodes = new(StringComparer.Ordinal)
    {
        ["30212"] = ThreePublicCostItem.OfficialOverseasTravel,
        ["31013"] = ThreePublicCostItem.OfficialVehiclePurchase,
        ["30231"] = ThreePublicCostItem.OfficialVehicleOperation,
        ["30217"] = ThreePublicCostItem.OfficialReception,
    };

    private static readonly FundingSource[] AppropriationSources =
        [FundingSource.GeneralPublicBudget, FundingSource.GovernmentFund, FundingSource.StateCapital];

    /// <summary>Builds the report with no classification catalogue (names come from the ledger's 科目名称 lines only).</summary>
    public static UnitYearReport Build(Ledger ledger, TemplateSet templates) =>
        Build(ledger, templates, ClassificationCatalogue.Empty);

    /// <summary>
    /// Builds the report. The catalogue names the codes the ledger does not name itself, and gives 公开06表 its full list
    /// of 款 (blank where the ledger has nothing); with an empty catalogue 公开06表 lists the 款 the ledger uses.
    /// </summary>
    /// <exception cref="ArgumentException">A line lacks a field its type needs, or carries a malformed code.</exception>
    public static UnitYearReport Build(Ledger ledger, TemplateSet templates, ClassificationCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(catalogue);
        foreach (var line in ledger.Lines)
        {
            Validate(line);
        }

        var layout = new LedgerLayout(ledger, templates, catalogue);
        var report = new UnitYearReport
        {
            Kind = DisclosureKind.FinalAccounts,
            Unit = CopyUnit(ledger.Unit),
            Year = ledger.Year,
            PrintedUnit = AmountUnit.Wan,
            TemplateRegion = templates.Region == "default" ? null : templates.Region,
        };

        var income = IncomeByFunction(ledger);
        var spending = SpendingByFunction(ledger);
        var general = SpendingByFunction(ledger, FundingSource.GeneralPublicBudget);
        var stateCapital = SpendingByFunction(ledger, FundingSource.StateCapital);
        var governmentFund = GovernmentFundByFunction(ledger);

        layout.Put(report, DisclosureTableKind.IncomeExpenditureSummary, t => IncomeExpenditureSummary(layout, t, spending));
        layout.Put(report, DisclosureTableKind.IncomeStatement, t => layout.Coded(t, income, null));
        layout.Put(report, DisclosureTableKind.ExpenditureStatement, t => layout.Coded(t, spending, null));
        layout.Put(report, DisclosureTableKind.AppropriationSummary, t => AppropriationSummary(layout, t));
        layout.Put(report, DisclosureTableKind.GeneralBudgetExpenditure, t => layout.Coded(t, general, null));
        layout.Put(report, DisclosureTableKind.GeneralBudgetBasicExpenditure, t => BasicExpenditure(layout, t));
        layout.Put(report, DisclosureTableKind.ThreePublicCosts, t => ThreePublicCosts(layout, t));
        layout.Put(report, DisclosureTableKind.GovernmentFundStatement, t => layout.Coded(
            t, governmentFund, governmentFund.IsEmpty ? MessageCatalogue.LedgerGovernmentFundEmpty : null));
        layout.Put(report, DisclosureTableKind.StateCapitalStatement, t => layout.Coded(
            t, stateCapital, stateCapital.IsEmpty ? MessageCatalogue.LedgerStateCapitalEmpty : null));
        layout.Put(report, DisclosureTableKind.ExplanationFigures, t => ExplanationFigures(layout, t));

        foreach (var line in ledger.Lines.Where(l => l.Type == LedgerLineType.Reason))
        {
            report.Reasons[line.Key!] = line.Text!;
        }

        return report;
    }

    // 公开01表: income by source, balances, and spending per 类 as in 公开03表.
    private static DisclosureTable IncomeExpenditureSummary(LedgerLayout layout, TableTemplate template, CodedTotals spending)
    {
        var lines = layout.Ledger.Lines;
        var cells = new FixedCells(template.ColumnCount);
        var bySource = Enum.GetValues<FundingSource>().ToDictionary(
            s => s, s => AmountOf(lines, l => l.Type == LedgerLineType.Income && l.Source == s));
        foreach (var (source, amount) in bySource)
        {
            cells.Set(IncomeRowKey(source), 1, amount);
        }

        var incomeTotal = CodedTotals.Sum(bySource.Values);
        var useOfBalance = AmountOf(lines, l => l.Type == LedgerLineType.UseOfNonAppropriationBalance);
        var opening = AmountOf(lines, l => l.Type == LedgerLineType.OpeningCarryover);
        cells.Set("IncomeTotal", 1, incomeTotal);
        cells.Set("UseOfNonAppropriationBalance", 1, useOfBalance);
        cells.Set("OpeningCarryover", 1, opening);
        cells.Set("IncomeGrandTotal", 1, CodedTotals.Sum(incomeTotal, useOfBalance, opening));

        var spendingTotal = spending.Total[0];
        var distribution = AmountOf(lines, l => l.Type == LedgerLineType.BalanceDistribution);
        var closing = AmountOf(lines, l => l.Type == LedgerLineType.ClosingCarryover);
        cells.Set("ExpenditureTotal", 2, spendingTotal);
        cells.Set("BalanceDistribution", 2, distribution);
        cells.Set("ClosingCarryover", 2, closing);
        cells.Set("ExpenditureGrandTotal", 2, CodedTotals.Sum(spendingTotal, distribution, closing));

        var classes = spending.Rows.Where(r => r.Key.Length == 3)
            .Select(r => new CodedRow(r.Key, layout.FunctionalName(r.Key), Column(template.ColumnCount, 2, r.Value[0])));
        return layout.Layout(template, cells, classes);
    }

    // 公开04表: the three 财政拨款 only, income and opening balances by budget, spending per 类 by budget.
    private static DisclosureTable AppropriationSummary(LedgerLayout layout, TableTemplate template)
    {
        var lines = layout.Ledger.Lines;
        var cells = new FixedCells(template.ColumnCount);
        var income = AppropriationSources.Select(s => AmountOf(lines, l => l.Type == LedgerLineType.Income && l.Source == s)).ToArray();
        var opening = AppropriationSources.Select(s => AmountOf(lines, l => l.Type == LedgerLineType.OpeningCarryover && l.Source == s)).ToArray();
        var closing = AppropriationSources.Select(s => AmountOf(lines, l => l.Type == LedgerLineType.ClosingCarryover && l.Source == s)).ToArray();
        string[] incomeKeys = ["GeneralPublicBudgetAppropriation", "GovernmentFundAppropriation", "StateCapitalAppropriation"];
        string[] openingKeys = ["OpeningCarryoverGeneralPublicBudget", "OpeningCarryoverGovernmentFund", "OpeningCarryoverStateCapital"];
        for (var i = 0; i < AppropriationSources.Length; i++)
        {
            cells.Set(incomeKeys[i], 1, income[i]);
            cells.Set(openingKeys[i], 1, opening[i]);
        }

        var incomeTotal = CodedTotals.Sum(income);
        var openingTotal = CodedTotals.Sum(opening);
        cells.Set("IncomeTotal", 1, incomeTotal);
        cells.Set("OpeningCarryover", 1, openingTotal);
        cells.Set("IncomeGrandTotal", 1, CodedTotals.Sum(incomeTotal, openingTotal));

        // Columns 3–5 are the three budgets in AppropriationSources order; column 2 is their sum.
        var spending = new CodedTotals(5);
        foreach (var line in Expenditures(layout.Ledger))
        {
            var index = Array.IndexOf(AppropriationSources, line.Source!.Value);
            if (index >= 0)
            {
                spending.Add(line.FunctionalCode!, 3 + index, line.Amount!.Value);
            }
        }

        spending.Derive(2, 3, 4, 5);
        for (var column = 2; column <= 5; column++)
        {
            var closingAmount = column == 2 ? CodedTotals.Sum(closing) : closing[column - 3];
            cells.Set("ExpenditureTotal", column, spending.Total[column - 1]);
            cells.Set("ClosingCarryover", column, closingAmount);
            cells.Set("ExpenditureGrandTotal", column, CodedTotals.Sum(spending.Total[column - 1], closingAmount));
        }

        var classes = spending.Rows.Where(r => r.Key.Length == 3)
            .Select(r => new CodedRow(r.Key, layout.FunctionalName(r.Key), r.Value));
        return layout.Layout(template, cells, classes);
    }

    // 公开06表: 一般公共预算 basic spending by economic 款, every printed class with its 款, then 人员/公用经费合计.
    private static DisclosureTable BasicExpenditure(LedgerLayout layout, TableTemplate template)
    {
        var byCode = new CodedTotals(1);
        foreach (var line in Expenditures(layout.Ledger).Where(l =>
                     l.Source == FundingSource.GeneralPublicBudget && l.Use == ExpenditureUse.Basic))
        {
            byCode.Add(line.EconomicCode!, 1, line.Amount!.Value);
        }

        var ledgerCodes = byCode.Rows.Select(r => r.Key).ToList();
        var classes = PrintedEconomicClasses.Concat(ledgerCodes.Where(c => c.Length == 3))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var rows = new List<CodedRow>();
        foreach (var cls in classes)
        {
            rows.Add(new CodedRow(cls, layout.EconomicName(cls), [byCode.Find(cls)?[0]]));
            var sections = layout.Catalogue.Children(ClassificationScheme.DepartmentEconomic, cls, layout.Ledger.Year)
                .Select(e => e.Code)
                .Concat(ledgerCodes.Where(c => c.Length == 5 && c.StartsWith(cls, StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            rows.AddRange(sections.Select(code => new CodedRow(code, layout.EconomicName(code), [byCode.Find(code)?[0]])));
        }

        var cells = new FixedCells(template.ColumnCount);
        cells.Set("PersonnelCostTotal", 1, CodedTotals.Sum(PersonnelCostClasses.Select(c => byCode.Find(c)?[0])));
        cells.Set("OperatingCostTotal", 1, CodedTotals.Sum(OperatingCostClasses.Select(c => byCode.Find(c)?[0])));
        return layout.Layout(template, cells, rows);
    }

    // 公开07表: 预算数 from 三公预算 lines; 决算数 from 一般公共预算 spending on the “三公” 款, unless 三公决算 lines say otherwise.
    private static DisclosureTable ThreePublicCosts(LedgerLayout layout, TableTemplate template)
    {
        var lines = layout.Ledger.Lines;
        var cells = new FixedCells(template.ColumnCount);
        foreach (var (offset, isBudget) in new[] { (0, true), (6, false) })
        {
            decimal? Item(ThreePublicCostItem item)
            {
                if (isBudget)
                {
                    return AmountOf(lines, l => l.Type == LedgerLineType.ThreePublicCostsBudget && l.ThreePublicItem == item);
                }

                return lines.Any(l => l.Type == LedgerLineType.ThreePublicCostsActual && l.ThreePublicItem == item)
                    ? AmountOf(lines, l => l.Type == LedgerLineType.ThreePublicCostsActual && l.ThreePublicItem == item)
                    : AmountOf(Expenditures(layout.Ledger), l => l.Source == FundingSource.GeneralPublicBudget
                        && l.EconomicCode is { } code && ThreePublicEconomicCodes.TryGetValue(code, out var i) && i == item);
            }

            var overseas = Item(ThreePublicCostItem.OfficialOverseasTravel);
            var purchase = Item(ThreePublicCostItem.OfficialVehiclePurchase);
            var operation = Item(ThreePublicCostItem.OfficialVehicleOperation);
            var reception = Item(ThreePublicCostItem.OfficialReception);
            var vehicles = CodedTotals.Sum(purchase, operation);
            cells.Set("ThreePublicCosts", offset + 1, CodedTotals.Sum(overseas, vehicles, reception));
            cells.Set("ThreePublicCosts", offset + 2, overseas);
            cells.Set("ThreePublicCosts", offset + 3, vehicles);
            cells.Set("ThreePublicCosts", offset + 4, purchase);
            cells.Set("ThreePublicCosts", offset + 5, operation);
            cells.Set("ThreePublicCosts", offset + 6, reception);
        }

        return layout.Layout(template, cells, []);
    }

    // The explanation figures: as stated, not rounded (counts and amounts are entered as the text prints them).
    private static DisclosureTable ExplanationFigures(LedgerLayout layout, TableTemplate template)
    {
        var table = layout.NewTable(template);
        var figures = layout.Ledger.Lines.Where(l => l.Type == LedgerLineType.ExplanationFigure).ToList();
        var fixedOrder = template.FixedRows.Select((r, i) => (r.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        var keys = figures.Select(f => f.Key!).Distinct(StringComparer.Ordinal)
            .OrderBy(k => fixedOrder.GetValueOrDefault(k, int.MaxValue)).ThenBy(k => k, StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var label = template.FixedRow(key)?.Label ?? (TableRow.IsCode(key) ? layout.FunctionalName(key) : null);
            var row = table.Add(new TableRow(key, label, template.ColumnCount));
            foreach (var group in figures.Where(f => f.Key == key).GroupBy(f => f.Column!.Value))
            {
                row[group.Key] = CodedTotals.Sum(group.Select(f => f.Amount));
            }
        }

        return table;
    }

    private static CodedTotals IncomeByFunction(Ledger ledger)
    {
        var totals = new CodedTotals(7);
        foreach (var line in ledger.Lines.Where(l => l.Type == LedgerLineType.Income))
        {
            totals.Add(line.FunctionalCode!, IncomeColumn(line.Source!.Value), line.Amount!.Value);
        }

        totals.Derive(1, 2, 3, 4, 5, 6, 7);
        return totals;
    }

    // 公开03表 (all sources, by use) when source is null; 公开05/09表 (one 财政拨款, basic and project) otherwise.
    private static CodedTotals SpendingByFunction(Ledger ledger, FundingSource? source = null)
    {
        var totals = new CodedTotals(source is null ? 6 : 3);
        foreach (var line in Expenditures(ledger))
        {
            if (source is null)
            {
                totals.Add(line.FunctionalCode!, UseColumn(line.Use!.Value), line.Amount!.Value);
            }
            else if (line.Source == source && line.Use is ExpenditureUse.Basic or ExpenditureUse.Project)
            {
                totals.Add(line.FunctionalCode!, line.Use == ExpenditureUse.Basic ? 2 : 3, line.Amount!.Value);
            }
        }

        if (source is null)
        {
            totals.Derive(1, 2, 3, 4, 5, 6);
        }
        else
        {
            totals.Derive(1, 2, 3);
        }

        return totals;
    }

    // 公开08表: 年初, 本年收入, 支出 (小计 = 基本 + 项目), 年末 — all 政府性基金, by functional code.
    private static CodedTotals GovernmentFundByFunction(Ledger ledger)
    {
        var totals = new CodedTotals(6);
        foreach (var line in ledger.Lines.Where(l => l.Source == FundingSource.GovernmentFund))
        {
            int? column = line.Type switch
            {
                LedgerLineType.OpeningCarryover => 1,
                LedgerLineType.Income => 2,
                LedgerLineType.Expenditure when line.Use == ExpenditureUse.Basic => 4,
                LedgerLineType.Expenditure when line.Use == ExpenditureUse.Project => 5,
                LedgerLineType.ClosingCarryover => 6,
                _ => null,
            };
            if (column is not null)
            {
                totals.Add(line.FunctionalCode!, column.Value, line.Amount!.Value);
            }
        }

        totals.Derive(3, 4, 5);
        return totals;
    }

    private static IEnumerable<LedgerLine> Expenditures(Ledger ledger) =>
        ledger.Lines.Where(l => l.Type == LedgerLineType.Expenditure);

    private static decimal? AmountOf(IEnumerable<LedgerLine> lines, Func<LedgerLine, bool> predicate) =>
        CodedTotals.Sum(lines.Where(predicate).Select(l => l.Amount));

    private static decimal?[] Column(int width, int column, decimal? value)
    {
        var cells = new decimal?[width];
        cells[column - 1] = value;
        return cells;
    }

    private static int IncomeColumn(FundingSource source) => source switch
    {
        FundingSource.GeneralPublicBudget or FundingSource.GovernmentFund or FundingSource.StateCapital => 2,
        FundingSource.HigherLevelSubsidy => 3,
        FundingSource.OperatingRevenueOfInstitutions => 4,
        FundingSource.BusinessRevenue => 5,
        FundingSource.SubsidiaryRemittance => 6,
        _ => 7,
    };

    private static int UseColumn(ExpenditureUse use) => use switch
    {
        ExpenditureUse.Basic => 2,
        ExpenditureUse.Project => 3,
        ExpenditureUse.RemittanceToHigherLevel => 4,
        ExpenditureUse.Business => 5,
        _ => 6,
    };

    private static string IncomeRowKey(FundingSource source) => source switch
    {
        FundingSource.GeneralPublicBudget => "GeneralPublicBudgetAppropriation",
        FundingSource.GovernmentFund => "GovernmentFundAppropriation",
        FundingSource.StateCapital => "StateCapitalAppropriation",
        FundingSource.Other => "OtherIncome",
        _ => source.ToString(),
    };

    private static void Validate(LedgerLine line)
    {
        var where = line.SourceLine is { } n ? $"ledger line {n}" : $"ledger line {line}";
        if (line.MissingField() is { } missing)
        {
            throw new ArgumentException($"{where}: {line.Type} needs {missing}");
        }

        // Subject names may name a 类; amounts are booked to a 款 or 项 only.
        var naming = line.Type == LedgerLineType.SubjectName;
        if (line.FunctionalCode is { } f && !(TableRow.IsCode(f) && (f.Length is 5 or 7 || (naming && f.Length == 3))))
        {
            throw new ArgumentException($"{where}: functional code {f} must have 5 or 7 digits");
        }

        if (line.EconomicCode is { } e && !(TableRow.IsCode(e) && (e.Length == 5 || (naming && e.Length == 3))))
        {
            throw new ArgumentException($"{where}: economic code {e} must have 5 digits");
        }

        if (line.Type == LedgerLineType.ExplanationFigure && line.Column is < 1)
        {
            throw new ArgumentException($"{where}: column {line.Column} must be 1 or more");
        }
    }

    private static BudgetUnit CopyUnit(BudgetUnit unit) => new()
    {
        Name = unit.Name, Region = unit.Region, Level = unit.Level, Kind = unit.Kind, Duties = [.. unit.Duties],
        Organisation = unit.Organisation, ReportingScope = unit.ReportingScope,
        AuthorizedHeadcount = unit.AuthorizedHeadcount, ActualHeadcount = unit.ActualHeadcount,
    };
}
