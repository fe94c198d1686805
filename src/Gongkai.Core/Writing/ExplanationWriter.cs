using System.Text;
using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>
/// Writes the 情况说明 (第三部分, sections 一 to 十一 of seed 001) from a report: every figure from the tables or table S,
/// every share over the denominator DOMAIN.md §1.1 names, growth over the prior-year figure (S column 3), completion
/// of the initial budget (S column 2), and the unit's own reasons from <see cref="UnitYearReport.Reasons"/>. A reason
/// that is required and missing becomes a visible placeholder and is listed in <see cref="Explanation.MissingReasons"/>.
/// </summary>
public sealed class ExplanationWriter
{
    private const DisclosureTableKind T01 = DisclosureTableKind.IncomeExpenditureSummary;
    private const DisclosureTableKind T02 = DisclosureTableKind.IncomeStatement;
    private const DisclosureTableKind T03 = DisclosureTableKind.ExpenditureStatement;
    private const DisclosureTableKind T04 = DisclosureTableKind.AppropriationSummary;
    private const DisclosureTableKind T05 = DisclosureTableKind.GeneralBudgetExpenditure;
    private const DisclosureTableKind T06 = DisclosureTableKind.GeneralBudgetBasicExpenditure;
    private const DisclosureTableKind T07 = DisclosureTableKind.ThreePublicCosts;
    private const DisclosureTableKind T08 = DisclosureTableKind.GovernmentFundStatement;
    private const DisclosureTableKind T09 = DisclosureTableKind.StateCapitalStatement;
    private const DisclosureTableKind S = DisclosureTableKind.ExplanationFigures;
    private const string Total = "Total";

    private readonly UnitYearReport report;
    private readonly ExplanationOptions options;
    private readonly ReasonBook reasons;
    private readonly List<ExplanationSection> sections = [];
    private List<DocumentBlock> blocks = [];
    private HeadingBlock? heading;
    private int subsection;

    private ExplanationWriter(UnitYearReport report, ExplanationOptions options)
    {
        this.report = report;
        this.options = options;
        reasons = new ReasonBook(report, options);
    }

    private int Year => report.Year;

    /// <summary>Writes the 情况说明 of a report.</summary>
    public static Explanation Write(UnitYearReport report, ExplanationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ExplanationOptions.Default;
        options.Validate();
        var writer = new ExplanationWriter(report, options);
        writer.WriteAll();
        return new Explanation(writer.sections, writer.reasons.Missing);
    }

    private void WriteAll()
    {
        Begin(1, "收入支出决算总体情况说明");
        GrandTotals();
        Begin(2, "收入决算情况说明");
        Income();
        Begin(3, "支出决算情况说明");
        Expenditure();
        Begin(4, "财政拨款收入支出决算总体情况说明");
        AppropriationTotals();
        Begin(5, "一般公共预算财政拨款支出决算情况说明");
        GeneralBudget();
        Begin(6, "一般公共预算财政拨款基本支出决算情况说明");
        BasicExpenditure();
        Begin(7, "一般公共预算财政拨款“三公”经费支出决算情况说明");
        ThreePublicCosts();
        Begin(8, "政府性基金预算财政拨款收入支出决算情况说明");
        GovernmentFund();
        Begin(9, "国有资本经营预算财政拨款支出决算情况说明");
        StateCapital();
        Begin(10, Year + "年度预算绩效情况说明");
        Performance();
        Begin(11, "其他重要事项情况说明");
        OtherMatters();
        End();
    }

    // ---- 一 to 四: totals ------------------------------------------------------------------------------------------

    private void GrandTotals()
    {
        var income = Cell(T01, "IncomeGrandTotal", 1);
        var expense = Cell(T01, "ExpenditureGrandTotal", 2);
        var text = income == expense
            ? $"{Year}年度收、支总计均为{Amount(income)}。"
            : $"{Year}年度收入总计{Amount(income)}，支出总计{Amount(expense)}。";
        text += Sentence(PriorYear(income, Prior("GrandTotal"), "GrandTotal.Change", "收、支总计与上年相比的变化"));
        Paragraph(text);
    }

    private void Income()
    {
        var total = Cell(T02, Total, 1);
        var text = new StringBuilder($"本年收入合计{Amount(total)}");
        var parts = new List<string>();
        for (var column = 2; column <= 7; column++)
        {
            var part = Cell(T02, Total, column);
            if (part != 0m)
            {
                parts.Add($"{ColumnName(T02, column)}{Amount(part)}{Share(part, total)}");
            }
        }

        if (parts.Count > 0)
        {
            text.Append("，其中：").AppendJoin("；", parts);
        }

        text.Append('。');
        text.Append(Sentence(PriorYear(total, Prior("IncomeTotal"), "IncomeTotal.Change", "本年收入合计与上年相比的变化", "本年收入合计")));
        Paragraph(text.ToString());
    }

    private void Expenditure()
    {
        var total = Cell(T03, Total, 1);
        var parts = new List<string>();
        for (var column = 2; column <= 6; column++)
        {
            var part = Cell(T03, Total, column);
            if (column <= 3 || part != 0m)
            {
                parts.Add($"{ColumnName(T03, column)}{Amount(part)}{Share(part, total)}");
            }
        }

        var text = new StringBuilder($"本年支出合计{Amount(total)}，其中：").AppendJoin("；", parts).Append('。');
        text.Append(Sentence(PriorYear(total, Prior("ExpenditureTotal"), "ExpenditureTotal.Change", "本年支出合计与上年相比的变化", "本年支出合计")));
        text.Append(Sentence(PriorYear(Cell(T03, Total, 2), Prior("BasicExpenditure"), "BasicExpenditure.Change", "基本支出与上年相比的变化", "基本支出")));
        text.Append(Sentence(PriorYear(Cell(T03, Total, 3), Prior("ProjectExpenditure"), "ProjectExpenditure.Change", "项目支出与上年相比的变化", "项目支出")));
        Paragraph(text.ToString());
    }

    private void AppropriationTotals()
    {
        var income = Cell(T04, "IncomeGrandTotal", 1);
        var expense = Cell(T04, "ExpenditureGrandTotal", 2);
        var text = income == expense
            ? $"{Year}年度财政拨款收、支总计均为{Amount(income)}。"
            : $"{Year}年度财政拨款收入总计{Amount(income)}，支出总计{Amount(expense)}。";
        text += Sentence(PriorYear(income, Prior("AppropriationGrandTotal"), "AppropriationGrandTotal.Change", "财政拨款收、支总计与上年相比的变化"));
        Paragraph(text);
    }

    // ---- 五: general public budget -----------------------------------------------------------------------------

    private void GeneralBudget()
    {
        var spent = Cell(T05, Total, 1);
        var allSpending = Cell(T03, Total, 1);

        Subheading("一般公共预算财政拨款支出决算总体情况");
        var share = NarrativeFormat.Percent(spent, allSpending, options.PercentDecimals);
        var text = $"{Year}年度一般公共预算财政拨款支出{Amount(spent)}" + (share is null ? "" : $"，占本年支出合计的{share}") + "。";
        text += Sentence(PriorYear(spent, Prior("GeneralBudgetExpenditure"), "GeneralBudgetExpenditure.Change",
            "一般公共预算财政拨款支出与上年相比的变化", "一般公共预算财政拨款支出"));
        Paragraph(text);

        Subheading("一般公共预算财政拨款支出决算结构情况");
        var t05 = report.Table(T05);
        var classes = (t05?.Rows ?? []).Where(r => r.IsCoded && r.Key.Length == 3 && (r[1] ?? 0m) != 0m)
            .Select(r => $"{SubjectNames.Class(SubjectNames.Name(r.Key, Year, t05))}支出{Amount(r[1])}{Share(r[1] ?? 0m, spent)}")
            .ToList();
        Paragraph($"{Year}年度一般公共预算财政拨款支出{Amount(spent)}"
            + (classes.Count == 0 ? "。" : "，主要用于以下方面：" + string.Join("；", classes) + "。"));

        Subheading("一般公共预算财政拨款支出决算具体情况");
        var items = BudgetItems();
        var budget = report.Table(S)?[("GeneralBudgetExpenditure"), 2]
            ?? (items.Count > 0 && items.All(i => i.Budget is not null) ? items.Sum(i => i.Budget!.Value) : null);
        var lead = budget is null
            ? $"{Year}年度一般公共预算财政拨款支出决算数为{Amount(spent)}"
            : $"{Year}年度一般公共预算财政拨款支出年初预算数为{Amount(budget)}，支出决算数为{Amount(spent)}"
              + Completion(spent, budget.Value, "年初预算")
              + DeviationReason(spent, budget.Value, "年初预算数", reasons.Optional("GeneralBudgetExpenditure.Deviation"));
        Paragraph(lead + (items.Count == 0 ? "。" : "，其中："));
        var n = 0;
        foreach (var item in items)
        {
            n++;
            var chain = SubjectNames.Chain(item.Code, Year, t05, report.Table(S), report.Table(T03));
            var sentence = $"{n}、{chain}。";
            if (item.Budget is { } b)
            {
                var subject = chain + (item.Actual > b ? "决算数大于年初预算数" : "决算数小于年初预算数");
                var reason = reasons.For($"Item.{item.Code}.Deviation", subject, item.Actual - b, b);
                sentence += $"年初预算为{Amount(b)}，支出决算为{Amount(item.Actual)}{Completion(item.Actual, b, "年初预算")}"
                    + DeviationReason(item.Actual, b, "年初预算数", reason) + "。";
            }
            else
            {
                sentence += $"支出决算为{Amount(item.Actual)}。";
            }

            Paragraph(sentence);
        }
    }

    /// <summary>
    /// The 项 of 公开05表 with their 年初预算 from table S: every leaf row of 公开05表 (a 项, or a 款 without 项) in table
    /// order, then any 项 that only table S budgets. A row with neither spending nor budget is left out.
    /// </summary>
    private List<(string Code, decimal Actual, decimal? Budget)> BudgetItems()
    {
        var t05 = report.Table(T05);
        var s = report.Table(S);
        var coded = (t05?.Rows ?? []).Where(r => r.IsCoded).ToList();
        var result = new List<(string Code, decimal Actual, decimal? Budget)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in coded)
        {
            var isLeaf = row.Key.Length > 3 && !coded.Any(o => o.Key.Length > row.Key.Length && o.Key.StartsWith(row.Key, StringComparison.Ordinal));
            if (!isLeaf)
            {
                continue;
            }

            var budget = s?[row.Key, 2];
            var actual = row[1] ?? 0m;
            seen.Add(row.Key);
            if (actual != 0m || (budget ?? 0m) != 0m)
            {
                result.Add((row.Key, actual, budget));
            }
        }

        foreach (var row in (s?.Rows ?? []).Where(r => r.IsCoded && r.Key.Length > 3 && !seen.Contains(r.Key)))
        {
            if ((row[2] ?? 0m) != 0m)
            {
                result.Add((row.Key, 0m, row[2]));
            }
        }

        return result;
    }

    // ---- 六: basic expenditure ----------------------------------------------------------------------------------

    private void BasicExpenditure()
    {
        var basic = Cell(T05, Total, 2);
        var t06 = report.Table(T06);
        var sections06 = (t06?.Rows ?? []).Where(r => r.IsCoded && r.Key.Length == 5 && (r[1] ?? 0m) != 0m).ToList();
        var personnelItems = sections06.Where(r => IsPersonnel(r.Key)).Select(r => ClassificationNamesOf(r)).ToList();
        var operatingItems = sections06.Where(r => !IsPersonnel(r.Key)).Select(r => ClassificationNamesOf(r)).ToList();
        var personnel = t06?["PersonnelCostTotal", 1] ?? Cell(T06, "301", 1) + Cell(T06, "303", 1);
        var operating = t06?["OperatingCostTotal", 1]
            ?? (t06?.Rows ?? []).Where(r => r.IsCoded && r.Key.Length == 3 && !IsPersonnel(r.Key)).Sum(r => r[1] ?? 0m);

        var text = new StringBuilder($"{Year}年度一般公共预算财政拨款基本支出{Amount(basic)}，其中：");
        text.Append($"人员经费{Amount(personnel)}").Append(ShareOf(personnel, basic, "基本支出"));
        if (personnelItems.Count > 0)
        {
            text.Append("，主要包括").AppendJoin("、", personnelItems);
        }

        text.Append($"；公用经费{Amount(operating)}").Append(ShareOf(operating, basic, "基本支出"));
        if (operatingItems.Count > 0)
        {
            text.Append("，主要包括").AppendJoin("、", operatingItems);
        }

        Paragraph(text.Append('。').ToString());
    }

    // 人员经费 = 301 工资福利支出 + 303 对个人和家庭的补助 (DOMAIN.md R06b); every other class is 公用经费.
    private static bool IsPersonnel(string code) => code.StartsWith("301", StringComparison.Ordinal) || code.StartsWith("303", StringComparison.Ordinal);

    private static string ClassificationNamesOf(TableRow row) =>
        Classification.ClassificationNames.Normalize(row.Label ?? row.Key);

    // ---- 七: 三公 ----------------------------------------------------------------------------------------------

    private void ThreePublicCosts()
    {
        const string Row = "ThreePublicCosts";
        var budget = Cell(T07, Row, 1);
        var actual = Cell(T07, Row, 7);

        Subheading("“三公”经费财政拨款支出决算总体情况说明");
        var total = $"{Year}年度“三公”经费财政拨款支出预算为{Amount(budget)}，支出决算为{Amount(actual)}"
            + Completion(actual, budget, "预算")
            + DeviationReason(actual, budget, "预算数", reasons.Optional("ThreePublicCostsTotal.Deviation"), "决算数与预算数一致");
        if (reasons.Optional("ThreePublicCostsTotal.Change") is not null)
        {
            total += "；" + PriorYear(actual, Prior("ThreePublicCostsTotal"), "ThreePublicCostsTotal.Change", "“三公”经费与上年相比的变化");
        }

        Paragraph(total + "。其中：");
        ThreePublicItem("因公出国（境）费", "OfficialOverseasTravel", 2, 8);
        ThreePublicItem("公务接待费", "OfficialReception", 6, 12);
        ThreePublicItem("公务用车购置及运行维护费", "OfficialVehicles", 3, 9);

        Subheading("“三公”经费财政拨款支出决算具体情况说明");
        var overseas = Cell(T07, Row, 8);
        var reception = Cell(T07, Row, 12);
        var vehicles = Cell(T07, Row, 9);
        Paragraph($"{Year}年度“三公”经费财政拨款支出决算中，因公出国（境）费支出决算{Amount(overseas)}{Share(overseas, actual)}；"
            + $"公务接待费支出决算{Amount(reception)}{Share(reception, actual)}；"
            + $"公务用车购置及运行维护费支出决算{Amount(vehicles)}{Share(vehicles, actual)}。具体情况如下：");

        var s = report.Table(S);
        var line = $"1、因公出国（境）费支出决算为{Amount(overseas)}";
        if (s?["OverseasGroups", 1] is { } groups)
        {
            line += $"，全年安排因公出国（境）团组{NarrativeFormat.Count(groups)}个";
            if (s["OverseasVisitors", 1] is { } people)
            {
                line += $"，累计{NarrativeFormat.Count(people)}人次";
            }
        }

        Paragraph(line + Use("OfficialOverseasTravel") + "。");

        line = $"2、公务接待费支出决算为{Amount(reception)}";
        if (s?["ReceptionGroups", 1] is { } receptionGroups)
        {
            line += $"，全年共接待来访团组{NarrativeFormat.Count(receptionGroups)}个";
            if (s["ReceptionVisitors", 1] is { } visitors)
            {
                line += $"、来宾{NarrativeFormat.Count(visitors)}人次";
            }
        }

        Paragraph(line + Use("OfficialReception") + "。");

        line = $"3、公务用车购置及运行维护费支出决算为{Amount(vehicles)}，其中：公务用车购置费{Amount(Cell(T07, Row, 10))}，"
            + $"公务用车运行维护费{Amount(Cell(T07, Row, 11))}" + Use("OfficialVehicles") + "。";
        if (s?["OfficialVehiclesHeld", 1] is { } held)
        {
            line += $"截至{Year}年12月31日，本单位开支财政拨款的公务用车保有量为{NarrativeFormat.Count(held)}辆。";
        }

        Paragraph(line);
    }

    private void ThreePublicItem(string name, string key, int budgetColumn, int actualColumn)
    {
        var budget = Cell(T07, "ThreePublicCosts", budgetColumn);
        var actual = Cell(T07, "ThreePublicCosts", actualColumn);
        var subject = name + (actual > budget ? "决算数大于预算数" : "决算数小于预算数");
        var reason = reasons.For(key + ".Deviation", subject, actual - budget, budget);
        var text = $"{name}支出预算为{Amount(budget)}，支出决算为{Amount(actual)}"
            + Completion(actual, budget, "预算")
            + DeviationReason(actual, budget, "预算数", reason, "决算数与预算数一致");
        if (PriorYear(actual, Prior(key), key + ".Change", name + "与上年相比的变化") is { } change)
        {
            text += "；" + change;
        }

        Paragraph(text + "。");
    }

    private string Use(string key) => reasons.Optional(key + ".Use") is { } use ? "，主要是" + use : "";

    // ---- 八 to 十 ----------------------------------------------------------------------------------------------

    private void GovernmentFund()
    {
        var income = Cell(T08, Total, 2);
        var spent = Cell(T08, Total, 3);
        var opening = Cell(T08, Total, 1);
        var closing = Cell(T08, Total, 6);
        if (income == 0m && spent == 0m && opening == 0m && closing == 0m)
        {
            Paragraph("本单位没有政府性基金收入，也没有使用政府性基金安排的支出。");
            return;
        }

        Paragraph($"{Year}年度政府性基金预算财政拨款年初结转和结余{Amount(opening)}，本年收入{Amount(income)}，"
            + $"本年支出{Amount(spent)}，其中：基本支出{Amount(Cell(T08, Total, 4))}，项目支出{Amount(Cell(T08, Total, 5))}；"
            + $"年末结转和结余{Amount(closing)}。");
    }

    private void StateCapital()
    {
        var spent = Cell(T09, Total, 1);
        if (spent == 0m)
        {
            Paragraph("本单位没有使用国有资本经营预算安排的支出。");
            return;
        }

        Paragraph($"{Year}年度国有资本经营预算财政拨款支出{Amount(spent)}，其中：基本支出{Amount(Cell(T09, Total, 2))}，"
            + $"项目支出{Amount(Cell(T09, Total, 3))}。");
    }

    private void Performance() =>
        Paragraph(reasons.Optional("Performance.Note") is { } note
            ? note + "。"
            : $"根据预算绩效管理要求，本单位组织对{Year}年度部门整体支出开展了绩效自评，部门整体支出绩效评价报告详见第五部分。");

    // ---- 十一: other matters -----------------------------------------------------------------------------------

    private void OtherMatters()
    {
        var s = report.Table(S);
        AgencyOperatingCost(s);

        if (s?.Find("MeetingCost") is not null || s?.Find("TrainingCost") is not null)
        {
            Subheading("一般性支出情况说明");
            var parts = new List<string>();
            foreach (var (key, name, people, peopleWords) in new[]
                     {
                         ("MeetingCost", "会议费", "MeetingParticipants", "参加会议"),
                         ("TrainingCost", "培训费", "TrainingParticipants", "参加培训"),
                     })
            {
                if (s.Find(key) is null)
                {
                    continue;
                }

                var amount = s[key, 1] ?? 0m;
                var part = $"{Year}年度{name}支出{Amount(amount)}";
                if (reasons.Optional(key + ".Use") is { } use)
                {
                    part += "，主要用于" + use;
                }

                if (s[people, 1] is { } count)
                {
                    part += $"，{peopleWords}{NarrativeFormat.Count(count)}人次";
                }

                if (PriorYear(amount, s[key, 3], key + ".Change", name + "与上年相比的变化") is { } change)
                {
                    part += "，" + change;
                }

                parts.Add(part);
            }

            Paragraph(string.Join("；", parts) + "。");
        }

        if (s?["GovernmentProcurement", 1] is { } procurement)
        {
            Subheading("政府采购支出说明");
            var kinds = new List<string>();
            foreach (var (key, name) in new[] { ("ProcurementGoods", "政府采购货物支出"), ("ProcurementWorks", "政府采购工程支出"), ("ProcurementServices", "政府采购服务支出") })
            {
                if (s[key, 1] is { } value)
                {
                    kinds.Add(name + Amount(value));
                }
            }

            var text = $"{Year}年度政府采购支出总额{Amount(procurement)}" + (kinds.Count > 0 ? "，其中：" + string.Join("、", kinds) : "") + "。";
            if (s["SmeContracts", 1] is { } sme)
            {
                text += $"授予中小企业合同金额{Amount(sme)}" + ShareOf(sme, procurement, "政府采购支出总额") + "。";
            }

            Paragraph(text);
        }

        if (s?.Find("Vehicles") is not null || s?.Find("GeneralEquipmentOver500k") is not null || s?.Find("SpecialEquipmentOver1m") is not null)
        {
            Subheading("国有资产占用情况说明");
            var text = new StringBuilder($"截至{Year}年12月31日，本单位共有车辆{NarrativeFormat.Count(s["Vehicles", 1])}辆");
            var kinds = new List<string>();
            foreach (var (key, name) in new[]
                     {
                         ("LeaderVehicles", "主要领导干部用车"), ("ConfidentialVehicles", "机要通信用车"), ("EmergencyVehicles", "应急保障用车"),
                         ("LawEnforcementVehicles", "执法执勤用车"), ("SpecialTechnicalVehicles", "特种专业技术用车"), ("OtherVehicles", "其他用车"),
                     })
            {
                if (s[key, 1] is { } count)
                {
                    kinds.Add($"{name}{NarrativeFormat.Count(count)}辆");
                }
            }

            if (kinds.Count > 0)
            {
                text.Append("，其中：").AppendJoin("、", kinds);
            }

            text.Append($"；单位价值50万元以上通用设备{NarrativeFormat.Count(s["GeneralEquipmentOver500k", 1])}台（套），");
            text.Append($"单位价值100万元以上专用设备{NarrativeFormat.Count(s["SpecialEquipmentOver1m", 1])}台（套）。");
            Paragraph(text.ToString());
        }

        if (reasons.Optional("Other.Note") is { } other)
        {
            Subheading("其他");
            Paragraph(other + "。");
        }

        if (subsection == 0)
        {
            Paragraph("本单位无其他需要说明的重要事项。");
        }
    }

    private void AgencyOperatingCost(DisclosureTable? s)
    {
        var administrative = report.Unit.Kind is UnitKind.Administrative or UnitKind.CivilServiceManagedInstitution;
        var current = s?["AgencyOperatingCost", 1]
            ?? (administrative ? report.Table(T06)?["OperatingCostTotal", 1] : null);
        if (current is not { } cost)
        {
            return;
        }

        Subheading("机关运行经费支出说明");
        var text = $"{Year}年度机关运行经费支出{Amount(cost)}";
        var clauses = new List<string>();
        if (s?["AgencyOperatingCost", 2] is { } budget)
        {
            var reason = reasons.For("AgencyOperatingCost.Deviation", "机关运行经费决算数与年初预算数的差异", cost - budget, budget);
            clauses.Add(Compare(cost, budget, "比年初预算数", "与年初预算数持平", reason));
        }

        if (s?["AgencyOperatingCost", 3] is { } prior)
        {
            var reason = reasons.For("AgencyOperatingCost.Change", "机关运行经费与上年决算数相比的变化", cost - prior, prior);
            clauses.Add(Compare(cost, prior, "比上年决算数", "与上年决算数持平", reason));
        }

        Paragraph(text + (clauses.Count > 0 ? "，" + string.Join("；", clauses) : "") + "。");
    }

    // ---- sentence parts ----------------------------------------------------------------------------------------

    /// <summary>
    /// 与上年相比，增加D万元，增长P%，主要原因是R (or 与上年持平); null when the prior-year figure is unknown. The growth
    /// is over the prior-year figure, never over this year's (DOMAIN.md §4).
    /// </summary>
    private string? PriorYear(decimal current, decimal? prior, string reasonKey, string subject, string? what = null)
    {
        if (prior is not { } p)
        {
            return null;
        }

        var reason = reasons.For(reasonKey, subject, current - p, p);
        return Compare(current, p, "与上年相比，" + what, "与上年持平", reason);
    }

    /// <summary>The comparison of a figure with a base: lead + 增加/减少 D万元, 增长/下降 P% (no percentage over a zero base).</summary>
    private string Compare(decimal current, decimal baseValue, string lead, string same, string? reason)
    {
        var difference = current - baseValue;
        if (difference == 0m)
        {
            return same;
        }

        var up = difference > 0m;
        var text = lead + (up ? "增加" : "减少") + Amount(Math.Abs(difference));
        if (NarrativeFormat.Percent(Math.Abs(difference), Math.Abs(baseValue), options.PercentDecimals) is { } percent)
        {
            text += "，" + (up ? "增长" : "下降") + percent;
        }

        return reason is null ? text : text + "，主要原因是" + reason;
    }

    /// <summary>，完成年初预算的P% (nothing when the budget is zero).</summary>
    private string Completion(decimal actual, decimal budget, string budgetWord) =>
        NarrativeFormat.Percent(actual, budget, options.PercentDecimals) is { } percent ? $"，完成{budgetWord}的{percent}" : "";

    /// <summary>，决算数大于年初预算数的主要原因是R / ，决算数等于年初预算数.</summary>
    private static string DeviationReason(decimal actual, decimal budget, string budgetWord, string? reason, string? same = null)
    {
        if (actual == budget)
        {
            return "，" + (same ?? "决算数等于" + budgetWord);
        }

        var text = "，决算数" + (actual > budget ? "大于" : "小于") + budgetWord;
        return reason is null ? text : text + "的主要原因是" + reason;
    }

    private string Share(decimal part, decimal whole) =>
        NarrativeFormat.Percent(part, whole, options.PercentDecimals) is { } percent ? "，占" + percent : "";

    private string ShareOf(decimal part, decimal whole, string wholeName) =>
        NarrativeFormat.Percent(part, whole, options.PercentDecimals) is { } percent ? $"，占{wholeName}的{percent}" : "";

    private static string Sentence(string? clause) => clause is null ? "" : clause + "。";

    private static string Amount(decimal? value) => NarrativeFormat.Amount(value);

    // ---- model access ------------------------------------------------------------------------------------------

    private decimal Cell(DisclosureTableKind kind, string key, int column) => report.Table(kind)?[key, column] ?? 0m;

    private decimal? Prior(string key) => report.Table(S)?[key, 3];

    private string ColumnName(DisclosureTableKind kind, int column) =>
        Templates.TemplateLibrary.BuiltIn.For(report).Table(kind)?.Column(column)?.Name ?? column.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // ---- blocks ------------------------------------------------------------------------------------------------

    private void Begin(int number, string title)
    {
        End();
        heading = new HeadingBlock(2, ChineseNumerals.Section(number) + title);
        reasons.Section = heading.Text;
        blocks = [];
        subsection = 0;
    }

    private void End()
    {
        if (heading is not null)
        {
            sections.Add(new ExplanationSection(heading, blocks));
            heading = null;
        }
    }

    private void Subheading(string title)
    {
        subsection++;
        blocks.Add(new HeadingBlock(3, ChineseNumerals.Subsection(subsection) + title));
    }

    private void Paragraph(string text) => blocks.Add(new ParagraphBlock(text));
}
