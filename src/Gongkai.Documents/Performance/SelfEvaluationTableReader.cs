using System.Text.RegularExpressions;
using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>
/// Reads a 部门整体支出绩效自评表 from its rows: the 预算部门 row, the funds header (年初预算数, 全年预算数, 全年执行数,
/// 分值, 执行率, 得分 in whatever order) and its 年度资金总额 row, the 按收入性质分/按支出性质分 lines, the 年度总体目标
/// rows, the indicator header (一级指标 … 偏差原因) and its rows, and the 总分 row — each found by its words.
/// </summary>
internal static partial class SelfEvaluationTableReader
{
    private const string Table = "绩效自评表";

    private enum Field
    {
        Initial,
        Annual,
        Executed,
        Weight,
        Rate,
        Score,
    }

    private enum Column
    {
        Level1,
        Level2,
        Level3,
        Target,
        Achieved,
        Weight,
        Score,
        Reason,
    }

    public static SelfEvaluationSheet Read(List<List<GridCell>> rows, string title, PerformanceCells cells)
    {
        var sheet = new SelfEvaluationSheet { Year = PerformanceCells.Year(title) ?? 0 };
        List<Field>? fundFields = null;
        Dictionary<Column, int>? indicatorColumns = null;
        string level1 = "", level2 = "";
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var compacts = row.Select(c => c.Compact).ToList();
            var all = string.Concat(compacts);
            if (all.Length == 0 || all == "绩效指标")
            {
                continue;
            }

            var unitAt = compacts.FindIndex(c => c == "预算部门" || c == "单位名称" || c == "部门名称");
            if (unitAt >= 0)
            {
                sheet.UnitName = row.Skip(unitAt + 1).Select(c => c.Clean).FirstOrDefault(t => t.Length > 0) ?? "";
                continue;
            }

            if (all.Contains("全年预算数", StringComparison.Ordinal) && all.Contains("全年执行数", StringComparison.Ordinal))
            {
                fundFields = FundFields(compacts);
                continue;
            }

            var totalAt = compacts.FindIndex(c => c.Contains("资金总额", StringComparison.Ordinal));
            if (totalAt >= 0 && fundFields is not null)
            {
                ReadFundTotal(sheet.Funds, row, totalAt, fundFields, cells);
                continue;
            }

            if (indicatorColumns is null && compacts.Any(c => c.Contains("年度总体目标", StringComparison.Ordinal)))
            {
                var goalsAt = compacts.FindIndex(c => c.Contains("预期目标", StringComparison.Ordinal));
                var doneAt = compacts.FindIndex(c => c.Contains("实际完成", StringComparison.Ordinal));
                if (r + 1 < rows.Count && goalsAt >= 0)
                {
                    var values = rows[++r];
                    sheet.AnnualGoals = Text(values, goalsAt);
                    sheet.Achievements = doneAt >= 0 ? Text(values, doneAt) : null;
                }
                else
                {
                    cells.Problem(row[0].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceValuesMissing, cells.Source, row[0].Line, "年度总体目标"));
                }

                continue;
            }

            if (compacts.Any(c => c.Contains("一级指标", StringComparison.Ordinal)) && compacts.Any(c => c.Contains("三级指标", StringComparison.Ordinal)))
            {
                indicatorColumns = IndicatorColumns(compacts);
                continue;
            }

            var sumAt = compacts.FindIndex(c => c is "总分" or "合计" or "总计");
            if (sumAt >= 0)
            {
                var numbers = row.Skip(sumAt + 1).Where(c => !c.IsBlank).ToList();
                sheet.PrintedTotalWeight = numbers.Count > 1 ? cells.Number(numbers[0], "总分 分值") : null;
                sheet.PrintedTotal = cells.Number(numbers.Count > 1 ? numbers[1] : numbers.FirstOrDefault(), "总分 得分");
                continue;
            }

            var gradeAt = compacts.FindIndex(c => c.Contains("等级", StringComparison.Ordinal));
            if (gradeAt >= 0)
            {
                sheet.PrintedGrade = row.Skip(gradeAt + 1).Select(c => c.Compact).FirstOrDefault(t => t.Length > 0);
                continue;
            }

            if (indicatorColumns is not null)
            {
                ReadIndicator(sheet, row, indicatorColumns, cells, ref level1, ref level2);
                continue;
            }

            if (fundFields is not null && ReadFundLines(sheet.Funds, row, cells))
            {
                continue;
            }

            cells.Problem(row[0].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceRowUnknown, cells.Source, row[0].Line, Table, Short(all)));
        }

        return sheet;
    }

    private static List<Field> FundFields(List<string> header)
    {
        var fields = new List<Field>();
        foreach (var h in header)
        {
            if (h.Contains("年初", StringComparison.Ordinal))
            {
                fields.Add(Field.Initial);
            }
            else if (h.Contains("全年预算", StringComparison.Ordinal))
            {
                fields.Add(Field.Annual);
            }
            else if (h.Contains("执行数", StringComparison.Ordinal))
            {
                fields.Add(Field.Executed);
            }
            else if (h.Contains("执行率", StringComparison.Ordinal))
            {
                fields.Add(Field.Rate);
            }
            else if (h.Contains("分值", StringComparison.Ordinal))
            {
                fields.Add(Field.Weight);
            }
            else if (h.Contains("得分", StringComparison.Ordinal))
            {
                fields.Add(Field.Score);
            }
        }

        return fields;
    }

    private static void ReadFundTotal(SelfEvaluationFunds funds, List<GridCell> row, int labelAt, List<Field> fields, PerformanceCells cells)
    {
        var values = row.Skip(labelAt + 1).ToList();
        decimal? initial = null, annual = null, executed = null;
        for (var k = 0; k < fields.Count; k++)
        {
            var cell = k < values.Count ? values[k] : null;
            switch (fields[k])
            {
                case Field.Initial: initial = cells.Number(cell, "年初预算数"); break;
                case Field.Annual: annual = cells.Number(cell, "全年预算数"); break;
                case Field.Executed: executed = cells.Number(cell, "全年执行数"); break;
                case Field.Weight: funds.ExecutionWeight = cells.Number(cell, "分值"); break;
                case Field.Rate: funds.PrintedExecutionRate = cells.Number(cell, "执行率"); break;
                default: funds.PrintedExecutionScore = cells.Number(cell, "得分"); break;
            }
        }

        funds.Total = new FundAmounts(initial, annual, executed);
    }

    /// <summary>The 按收入性质分/按支出性质分 lines (一般公共预算：1322.44, 项目支出： | 451.87); false when the row holds none.</summary>
    private static bool ReadFundLines(SelfEvaluationFunds funds, List<GridCell> row, PerformanceCells cells)
    {
        var any = false;
        for (var k = 0; k < row.Count; k++)
        {
            var m = FundLine().Match(row[k].Compact);
            if (!m.Success)
            {
                continue;
            }

            any = true;
            var label = m.Groups["label"].Value;
            var amountText = m.Groups["amount"].Value;
            decimal? amount = amountText.Length > 0 ? PerformanceText.Number(amountText) : null;
            if (amountText.Length == 0 && k + 1 < row.Count && PerformanceText.Number(row[k + 1].Text) is { } next && !FundLine().IsMatch(row[k + 1].Compact))
            {
                amount = next;
                k++;
            }

            var line = new FundAmounts(null, null, amount);
            if (label.Contains("一般公共预算", StringComparison.Ordinal))
            {
                funds.GeneralBudget = line;
            }
            else if (label.Contains("政府性基金", StringComparison.Ordinal))
            {
                funds.GovernmentFund = line;
            }
            else if (label.Contains("非税", StringComparison.Ordinal) || label.Contains("专户", StringComparison.Ordinal))
            {
                funds.SpecialAccountNonTax = line;
            }
            else if (label.Contains("其他", StringComparison.Ordinal))
            {
                funds.Other = line;
            }
            else if (label.Contains("基本支出", StringComparison.Ordinal))
            {
                funds.Basic = line;
            }
            else if (label.Contains("项目支出", StringComparison.Ordinal))
            {
                funds.Project = line;
            }
            else if (!label.Contains("性质", StringComparison.Ordinal))
            {
                cells.Problem(row[k].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceFundUnknown, cells.Source, row[k].Line, label));
            }
        }

        return any;
    }

    private static Dictionary<Column, int> IndicatorColumns(List<string> header)
    {
        var map = new Dictionary<Column, int>();
        for (var k = 0; k < header.Count; k++)
        {
            var h = header[k];
            Column? column = h switch
            {
                _ when h.Contains("一级指标", StringComparison.Ordinal) => Column.Level1,
                _ when h.Contains("二级指标", StringComparison.Ordinal) => Column.Level2,
                _ when h.Contains("三级指标", StringComparison.Ordinal) => Column.Level3,
                _ when h.Contains("实际完成", StringComparison.Ordinal) => Column.Achieved,
                _ when h.Contains("指标值", StringComparison.Ordinal) || h.Contains("目标值", StringComparison.Ordinal) => Column.Target,
                _ when h.Contains("分值", StringComparison.Ordinal) || h.Contains("权重", StringComparison.Ordinal) => Column.Weight,
                _ when h.Contains("得分", StringComparison.Ordinal) => Column.Score,
                _ when h.Contains("偏差", StringComparison.Ordinal) || h.Contains("原因", StringComparison.Ordinal) => Column.Reason,
                _ => null,
            };
            if (column is { } c)
            {
                map.TryAdd(c, k);
            }
        }

        map.TryAdd(Column.Level1, -1);
        return map;
    }

    private static void ReadIndicator(SelfEvaluationSheet sheet, List<GridCell> row, Dictionary<Column, int> columns, PerformanceCells cells, ref string level1, ref string level2)
    {
        // Rows align with the header from the right: a merged label column (绩效指标) makes data rows one cell longer
        // than the header, and a row that lost a leading merged cell is shorter; the trailing columns always line up.
        var width = columns.Values.Max() + 1;
        var offset = width - row.Count;

        GridCell? Get(Column c) => columns.TryGetValue(c, out var k) && k - offset >= 0 && k - offset < row.Count ? row[k - offset] : null;

        if (Get(Column.Level1) is { IsBlank: false } l1)
        {
            var m = GroupWeight().Match(l1.Compact);
            level1 = m.Success ? m.Groups["name"].Value : l1.Compact;
            level2 = "";
            if (m.Success && PerformanceText.Number(m.Groups["weight"].Value) is { } w)
            {
                sheet.PrintedGroupWeights.Add(new PrintedGroupWeight(level1, w));
            }
        }

        if (Get(Column.Level2) is { IsBlank: false } l2)
        {
            level2 = l2.Compact;
        }

        var name = Get(Column.Level3)?.Clean.Replace("\n", "", StringComparison.Ordinal) ?? "";
        if (name.Length == 0)
        {
            cells.Problem(row[0].Line, MessageCatalogue.Format(
                MessageCatalogue.ReadPerformanceRowUnknown, cells.Source, row[0].Line, Table, Short(string.Concat(row.Select(c => c.Compact)))));
            return;
        }

        if (offset > 0)
        {
            cells.Problem(row[0].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceIndicatorShort, cells.Source, row[0].Line, row.Count, width));
        }

        var reason = Get(Column.Reason)?.Clean;
        sheet.Indicators.Add(new PerformanceIndicator
        {
            Level1 = level1,
            Level2 = level2.Length > 0 ? level2 : null,
            Name = name,
            Target = IndicatorTarget.Parse(Get(Column.Target)?.Compact),
            Achieved = MeasuredValue.Parse(Get(Column.Achieved)?.Compact),
            Weight = cells.Number(Get(Column.Weight), name + " 分值"),
            PrintedScore = cells.Number(Get(Column.Score), name + " 得分"),
            DeviationReason = string.IsNullOrEmpty(reason) || PerformanceText.IsDash(reason) ? null : reason,
            Line = Get(Column.Level3)?.Line ?? row[0].Line,
        });
    }

    private static string? Text(List<GridCell> row, int index)
    {
        var text = index < row.Count ? row[index].Clean : "";
        return text.Length == 0 ? null : text;
    }

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";

    [GeneratedRegex(@"^(?:其中[：:])?(?<label>[^：:\d]+)[：:](?<amount>[\d,]+(?:\.\d+)?)?$")]
    private static partial Regex FundLine();

    [GeneratedRegex(@"^(?<name>.+?)[（(](?<weight>\d+(?:\.\d+)?)分[）)]$")]
    private static partial Regex GroupWeight();
}
