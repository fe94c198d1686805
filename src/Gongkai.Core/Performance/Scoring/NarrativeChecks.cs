using Gongkai.Checks;
using Gongkai.Formatting;
using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>
/// The checks of the amounts the report's prose states: 收入/支出 totals and items against the sheet and against each
/// other, and every printed share (占总支出的P%) against the amounts; plus the sheet's own funds split by source and by use.
/// </summary>
internal static class NarrativeChecks
{
    private static readonly string[] BudgetWords = ["预算内", "一般公共预算", "财政拨款"];
    private static readonly string[] OtherWords = ["预算外", "其他"];

    public static void Run(EvaluationNarrative narrative, SelfEvaluationSheet sheet, List<Finding> findings)
    {
        var funds = sheet.Funds;
        Compare(findings, MessageCatalogue.NarrativeIncomeTotal, narrative.IncomeTotal, MessageCatalogue.FigureExecuted, funds.Total.Executed, null);
        Compare(findings, MessageCatalogue.NarrativeSpendingTotal, narrative.SpendingTotal, MessageCatalogue.FigureExecuted, funds.Total.Executed, null);
        foreach (var item in narrative.IncomeItems)
        {
            if (BudgetWords.Any(w => item.Name.Contains(w, StringComparison.Ordinal)))
            {
                Compare(findings, item.Name, item.Amount, "一般公共预算", funds.GeneralBudget.Executed, item.Line);
            }
            else if (OtherWords.Any(w => item.Name.Contains(w, StringComparison.Ordinal)))
            {
                Compare(findings, item.Name, item.Amount, "其他资金", funds.Other.Executed, item.Line);
            }
        }

        SumCheck(findings, narrative.IncomeItems, narrative.IncomeTotal, MessageCatalogue.NarrativeIncomeTotal);
        SumCheck(findings, narrative.SpendingItems, narrative.SpendingTotal, MessageCatalogue.NarrativeSpendingTotal);

        if (narrative.SpendingTotal is { } spending && spending != 0)
        {
            foreach (var item in narrative.SpendingItems.Where(i => i.PrintedShare is not null))
            {
                var share = item.Amount / spending;
                var printed = item.PrintedShare!.Value;
                if (!PerformanceFigures.PercentAgrees(printed, share))
                {
                    var expected = AmountFormat.Percent(share, Math.Max((int)printed.Scale, 1));
                    findings.Add(SelfEvaluationScorer.Make("P-SHARE", Severity.Error, Place(item.Line),
                        MessageCatalogue.Format(MessageCatalogue.FindingNarrativeShare, item.Name, PerformanceFigures.Printed(item.Amount), PerformanceFigures.PrintedPercent(printed),
                            PerformanceFigures.Printed(spending), expected),
                        PerformanceFigures.PrintedPercent(printed), expected, item.Line));
                }
            }
        }

        if (narrative.Balance is { } balance && narrative.IncomeTotal is { } income && narrative.SpendingTotal is { } spent && balance != income - spent)
        {
            findings.Add(SelfEvaluationScorer.Make("P-NARRATIVE", Severity.Error, Place(null),
                MessageCatalogue.Format(MessageCatalogue.FindingNarrativeBalance, PerformanceFigures.Printed(balance), AmountFormat.Amount(income - spent)),
                PerformanceFigures.Printed(balance), AmountFormat.Amount(income - spent)));
        }

        FundsSplit(findings, funds, funds.BySource().ToList(), MessageCatalogue.FundsBySource);
        FundsSplit(findings, funds, funds.ByUse().ToList(), MessageCatalogue.FundsByUse);
    }

    /// <summary>The split of the sheet's funds by source or use against the total (each column printed).</summary>
    private static void FundsSplit(List<Finding> findings, SelfEvaluationFunds funds, List<(string Name, FundAmounts Amounts)> parts, string what)
    {
        foreach (var (column, total, values) in new[]
                 {
                     (MessageCatalogue.FigureInitialBudget, funds.Total.Initial, parts.Select(p => p.Amounts.Initial).ToList()),
                     (MessageCatalogue.FigureAnnualBudget, funds.Total.Annual, parts.Select(p => p.Amounts.Annual).ToList()),
                     (MessageCatalogue.FigureExecuted, funds.Total.Executed, parts.Select(p => p.Amounts.Executed).ToList()),
                 })
        {
            if (total is not { } t || values.All(v => v is null))
            {
                continue;
            }

            var sum = values.Sum(v => v ?? 0);
            var count = values.Count(v => v is not null);
            if (Math.Abs(sum - t) > Tolerance.Default.For(count))
            {
                var terms = string.Join(" + ", parts.Zip(values).Where(p => p.Second is not null).Select(p => p.First.Name + " " + PerformanceFigures.Printed(p.Second!.Value)));
                findings.Add(SelfEvaluationScorer.Make("P-FUNDS", Severity.Error, "绩效自评表 " + what,
                    MessageCatalogue.Format(MessageCatalogue.FindingFundsSplit, what, column, AmountFormat.Amount(sum), terms, PerformanceFigures.Printed(t), AmountFormat.Difference(sum - t)),
                    AmountFormat.Amount(sum), PerformanceFigures.Printed(t)));
            }
        }
    }

    private static void SumCheck(List<Finding> findings, List<NarrativeAmount> items, decimal? total, string totalName)
    {
        if (items.Count < 2 || total is not { } t)
        {
            return;
        }

        var sum = items.Sum(i => i.Amount);
        if (Math.Abs(sum - t) > Tolerance.Default.For(items.Count))
        {
            findings.Add(SelfEvaluationScorer.Make("P-NARRATIVE", Severity.Error, Place(items[0].Line),
                MessageCatalogue.Format(MessageCatalogue.FindingNarrativeSum, totalName, PerformanceFigures.Printed(t), AmountFormat.Amount(sum),
                    string.Join(" + ", items.Select(i => i.Name + " " + PerformanceFigures.Printed(i.Amount)))),
                PerformanceFigures.Printed(t), AmountFormat.Amount(sum), items[0].Line));
        }
    }

    private static void Compare(List<Finding> findings, string name, decimal? stated, string sheetName, decimal? sheetValue, int? line)
    {
        if (stated is { } a && sheetValue is { } b && a != b)
        {
            var severity = Math.Abs(a - b) <= Tolerance.Default.Minimum ? Severity.Notice : Severity.Warning;
            findings.Add(SelfEvaluationScorer.Make("P-NARRATIVE", severity, Place(line),
                MessageCatalogue.Format(MessageCatalogue.FindingNarrativeAmount, name, PerformanceFigures.Printed(a), sheetName, PerformanceFigures.Printed(b), AmountFormat.Difference(a - b)),
                PerformanceFigures.Printed(a), PerformanceFigures.Printed(b), line));
        }
    }

    private static string Place(int? line) => MessageCatalogue.PlaceNarrative;
}
