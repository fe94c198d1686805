using System.Text;
using Gongkai.Formatting;
using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>
/// Writes the 部门整体支出绩效评价报告 from the model, in the section order of the seeds (一、单位概况; 二、整体支出管理及
/// 使用情况; 三、绩效情况; 四、存在的问题; 五、改进措施; 六、结果应用和公开). Every figure is computed from the printed
/// amounts (shares with two decimals, half-up); the unit's prose is carried in as written. Pure: text in, text out.
/// </summary>
public static class EvaluationReportWriter
{
    private enum Kind
    {
        Title,
        Heading,
        SubHeading,
        Paragraph,
        TableRow,
    }

    /// <summary>The report as plain text.</summary>
    public static string WriteText(SelfEvaluationSheet sheet, EvaluationBaseData? data, ScoringRuleSet? rules = null) =>
        Render(Build(sheet, data, rules), markdown: false);

    /// <summary>The report as Markdown.</summary>
    public static string WriteMarkdown(SelfEvaluationSheet sheet, EvaluationBaseData? data, ScoringRuleSet? rules = null) =>
        Render(Build(sheet, data, rules), markdown: true);

    private static List<(Kind Kind, string[] Cells)> Build(SelfEvaluationSheet sheet, EvaluationBaseData? data, ScoringRuleSet? rules)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var result = new SelfEvaluationScorer(rules).Score(sheet, data);
        var n = sheet.Narrative ?? new EvaluationNarrative();
        var funds = sheet.Funds;
        var blocks = new List<(Kind, string[])>();
        void Add(Kind kind, params string[] cells) => blocks.Add((kind, cells));
        void Prose(string? text)
        {
            foreach (var line in (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                Add(Kind.Paragraph, line);
            }
        }

        Add(Kind.Title, n.Title ?? MessageCatalogue.Format(MessageCatalogue.ReportDefaultTitle, sheet.UnitName, sheet.Year));
        Prose(n.Introduction);

        Add(Kind.Heading, MessageCatalogue.ReportOverview);
        Prose(n.Overview);
        if (data is { AuthorizedHeadcount: { } authorized, ActualHeadcount: { } actual } && data.HeadcountControlRate is { } headcountRate)
        {
            Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportHeadcount, authorized, actual, Pct(headcountRate)));
        }

        Add(Kind.Heading, MessageCatalogue.ReportSpending);
        var incomeTotal = funds.Total.Executed ?? n.IncomeTotal;
        if (incomeTotal is { } income)
        {
            var sources = funds.BySource().Where(s => s.Amounts.Executed is not null).Select(s => Share(s.Name, s.Amounts.Executed!.Value, income));
            Add(Kind.SubHeading, MessageCatalogue.ReportIncomeHeading);
            Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportIncome, sheet.Year, Amt(income), Join(sources)));
        }

        var spendingTotal = funds.Total.Executed ?? n.SpendingTotal;
        if (spendingTotal is { } spending)
        {
            Add(Kind.SubHeading, MessageCatalogue.ReportSpendingHeading);
            var uses = funds.ByUse().Where(s => s.Amounts.Executed is not null).Select(s => Share(s.Name, s.Amounts.Executed!.Value, spending));
            Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportSpendingTotal, sheet.Year, Amt(spending), Join(uses)));
            if (n.SpendingItems.Count > 0)
            {
                var items = n.SpendingItems.Select(i => Share(i.Name, i.Amount, spending) + (i.Use is { } use ? "，" + use : ""));
                Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportSpendingItems, string.Join("；", items)));
            }

            if (incomeTotal is { } inc)
            {
                Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportBalance, sheet.Year, Amt(inc - spending)));
            }
        }

        if (funds.Total is { Initial: { } initial, Annual: { } annual, Executed: { } executed } && annual != 0)
        {
            Add(Kind.SubHeading, MessageCatalogue.ReportExecutionHeading);
            var adjustment = initial != 0 ? MessageCatalogue.Format(MessageCatalogue.ReportAdjustment, Amt(annual - initial), Pct((annual - initial) / initial)) : "";
            Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportExecution, Amt(initial), Amt(annual), Amt(executed), Pct(executed / annual), adjustment));
        }

        if (data is { PublicFunds: { Final: { } pfFinal, Budget: { } pfBudget } } && data.PublicFundsControlRate is { } pfRate)
        {
            Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportPublicFunds, Amt(pfBudget), Amt(pfFinal), Pct(pfRate)));
        }

        if (data?.ThreePublic is { } three && three.TotalOf(BaseDataColumn.Final) is { } threeFinal)
        {
            var budgetText = three.TotalOf(BaseDataColumn.Budget) is { } threeBudget && threeBudget != 0
                ? MessageCatalogue.Format(MessageCatalogue.ReportThreePublicBudget, Amt(threeBudget), Pct(threeFinal / threeBudget))
                : "";
            Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportThreePublic, Amt(threeFinal), budgetText));
        }

        Prose(n.SpendingManagement);

        Add(Kind.Heading, MessageCatalogue.ReportPerformance);
        if (sheet.AnnualGoals is not null || sheet.Achievements is not null)
        {
            Add(Kind.SubHeading, MessageCatalogue.ReportGoalsHeading);
            Prose(sheet.AnnualGoals);
            if (sheet.Achievements is not null)
            {
                Add(Kind.Paragraph, MessageCatalogue.ReportAchievementsLead);
                Prose(sheet.Achievements);
            }
        }

        Add(Kind.SubHeading, MessageCatalogue.ReportIndicatorsHeading);
        Add(Kind.TableRow, MessageCatalogue.ReportTableHeader.Split('|'));
        var e = result.Execution;
        Add(Kind.TableRow, MessageCatalogue.ExecutionRowName, MessageCatalogue.ExecutionRowName, "100%", e.Rate is { } er ? Pct(er) : "", Pts(e.Weight), Pts(e.PrintedScore ?? e.RecomputedScore), "");
        foreach (var s in result.Indicators)
        {
            var i = s.Indicator;
            Add(Kind.TableRow, i.Level1, i.Level2 is { } l2 ? l2 + "/" + i.Name : i.Name, i.Target?.Text ?? "", i.Achieved?.Text ?? "", Pts(i.Weight), Pts(i.PrintedScore ?? s.RecomputedScore), i.DeviationReason ?? "");
        }

        Add(Kind.SubHeading, MessageCatalogue.ReportConclusionHeading);
        Add(Kind.Paragraph, MessageCatalogue.Format(MessageCatalogue.ReportConclusion, Pts(e.PrintedScore ?? e.RecomputedScore), Pts(result.Total), result.Grade));
        Prose(n.Performance);

        Add(Kind.Heading, MessageCatalogue.ReportProblems);
        Prose(n.Problems ?? MessageCatalogue.ReportNone);
        Add(Kind.Heading, MessageCatalogue.ReportMeasures);
        Prose(n.Measures ?? MessageCatalogue.ReportNone);
        Add(Kind.Heading, MessageCatalogue.ReportUse);
        Prose(n.ResultUse);
        Prose(n.Disclosure);
        return blocks;
    }

    private static string Render(List<(Kind Kind, string[] Cells)> blocks, bool markdown)
    {
        var b = new StringBuilder();
        var previous = Kind.Title;
        foreach (var (kind, cells) in blocks)
        {
            if (markdown && previous == Kind.TableRow && kind != Kind.TableRow)
            {
                b.Append('\n');
            }

            switch (kind)
            {
                case Kind.Title:
                    b.Append(markdown ? "# " : "").Append(cells[0]).Append("\n\n");
                    break;
                case Kind.Heading:
                    b.Append(markdown ? "## " : "").Append(cells[0]).Append(markdown ? "\n\n" : "\n");
                    break;
                case Kind.SubHeading:
                    b.Append(markdown ? "### " : "").Append(cells[0]).Append(markdown ? "\n\n" : "\n");
                    break;
                case Kind.Paragraph:
                    b.Append(markdown ? "" : "　　").Append(cells[0]).Append(markdown ? "\n\n" : "\n");
                    break;
                default:
                    if (markdown)
                    {
                        b.Append("| ").Append(string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)))).Append(" |\n");
                        if (previous != Kind.TableRow)
                        {
                            b.Append('|').Append(string.Concat(cells.Select(_ => " --- |"))).Append('\n');
                        }
                    }
                    else
                    {
                        b.Append("　　").Append(string.Join("　", cells.Where(c => c.Length > 0))).Append('\n');
                    }

                    break;
            }

            previous = kind;
        }

        return b.ToString().TrimEnd('\n') + "\n";
    }

    private static string Share(string name, decimal amount, decimal total) =>
        total == 0
            ? MessageCatalogue.Format(MessageCatalogue.ReportAmount, name, Amt(amount))
            : MessageCatalogue.Format(MessageCatalogue.ReportShare, name, Amt(amount), Pct(amount / total));

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count == 0 ? "" : MessageCatalogue.ReportOfWhich + string.Join("；", list);
    }

    private static string Amt(decimal value) => AmountFormat.Amount(value);

    private static string Pct(decimal ratio) => AmountFormat.Percent(ratio, 2);

    private static string Pts(decimal? value) => value is { } v ? PerformanceFigures.Points(v) : "";
}
