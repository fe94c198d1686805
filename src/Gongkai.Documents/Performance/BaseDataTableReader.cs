using System.Text.RegularExpressions;
using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>
/// Reads a 部门整体支出绩效评价基础数据表 from its rows, recognising each block by its header words (编制数, 经费控制情况
/// with its year columns, 三公经费, 政府采购金额, 楼堂馆所, 厉行节约), not by position.
/// </summary>
internal static partial class BaseDataTableReader
{
    private const string Table = "绩效评价基础数据表";

    public static EvaluationBaseData Read(List<List<GridCell>> rows, string title, PerformanceCells cells)
    {
        var data = new EvaluationBaseData { Year = PerformanceCells.Year(title) };
        List<BaseDataColumn>? columns = null;
        var section = "";
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var label = Label(row);
            var all = string.Concat(row.Select(c => c.Compact));
            if (row.Any(c => c.Compact.Contains("编制数", StringComparison.Ordinal)))
            {
                var values = Next(rows, ref r, row, cells, "编制数");
                if (values is not null)
                {
                    data.AuthorizedHeadcount = cells.Count(At(values, Index(row, "编制数")), "编制数");
                    data.ActualHeadcount = cells.Count(At(values, Index(row, "在职")), "实际在职人数");
                    data.PrintedHeadcountControlRate = cells.Number(At(values, Index(row, "控制率")), "控制率");
                }

                continue;
            }

            if (label.Contains("经费控制情况", StringComparison.Ordinal))
            {
                columns = YearColumns(row, data);
                section = "spending";
                continue;
            }

            if (label.Contains("楼堂馆所", StringComparison.Ordinal))
            {
                var values = Next(rows, ref r, row, cells, "楼堂馆所控制情况");
                if (values is not null)
                {
                    data.Buildings = ReadBuildings(row, values, cells, label);
                }

                section = "";
                continue;
            }

            if (label.Contains("厉行节约", StringComparison.Ordinal))
            {
                data.ThriftMeasures = string.Join("\n", row.Skip(1).Select(c => c.Clean).Where(t => t.Length > 0));
                section = "";
                continue;
            }

            if (columns is null)
            {
                if (all.Length > 0)
                {
                    cells.Problem(row[0].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceRowUnknown, cells.Source, row[0].Line, Table, Short(all)));
                }

                continue;
            }

            var amounts = Amounts(row, columns, cells, label);
            var name = Regex.Replace(label, @"^其中[：:]", "");
            if (name == "支出总额")
            {
                data.TotalSpending = amounts;
            }
            else if (name == "基本支出")
            {
                data.BasicSpending = amounts;
            }
            else if (name.Contains("公用经费", StringComparison.Ordinal))
            {
                data.PublicFunds = amounts;
            }
            else if (name == "项目支出")
            {
                data.ProjectSpending = amounts;
                section = "projects";
            }
            else if (name.Contains("三公经费", StringComparison.Ordinal))
            {
                data.ThreePublic = data.ThreePublic with { Total = amounts };
                section = "three";
            }
            else if (name.Contains("政府采购", StringComparison.Ordinal))
            {
                data.Procurement = amounts;
                section = "";
            }
            else if (section == "three" && name.Contains("公车购置", StringComparison.Ordinal))
            {
                data.ThreePublic = data.ThreePublic with { VehiclePurchase = amounts };
            }
            else if (section == "three" && name.Contains("运行维护", StringComparison.Ordinal))
            {
                data.ThreePublic = data.ThreePublic with { VehicleOperation = amounts };
            }
            else if (section == "three" && name.Contains("公务用车", StringComparison.Ordinal))
            {
                data.ThreePublic = data.ThreePublic with { Vehicles = amounts };
            }
            else if (section == "three" && name.Contains("出国", StringComparison.Ordinal))
            {
                data.ThreePublic = data.ThreePublic with { OutboundTravel = amounts };
            }
            else if (section == "three" && name.Contains("接待", StringComparison.Ordinal))
            {
                data.ThreePublic = data.ThreePublic with { Reception = amounts };
            }
            else if (section == "projects" && name.Length > 0)
            {
                data.Projects.Add(new BaseDataProject(ProjectName(row[0].Clean), amounts, row[0].Line));
            }
            else if (all.Length > 0)
            {
                cells.Problem(row[0].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceRowUnknown, cells.Source, row[0].Line, Table, Short(all)));
            }
        }

        return data;
    }

    /// <summary>The year columns named in the 经费控制情况 header: 决算 of the earlier year, 预算 and 决算 of the later.</summary>
    private static List<BaseDataColumn> YearColumns(List<GridCell> header, EvaluationBaseData data)
    {
        var heads = header.Skip(1).Select(c => c.Compact).ToList();
        var years = heads.Select(h => PerformanceCells.Year(h)).Where(y => y is not null).Select(y => y!.Value).ToList();
        var year = years.Count > 0 ? years.Max() : data.Year;
        data.Year ??= year;
        var columns = new List<BaseDataColumn>();
        foreach (var h in heads)
        {
            var y = PerformanceCells.Year(h);
            if (h.Contains("预算", StringComparison.Ordinal))
            {
                columns.Add(BaseDataColumn.Budget);
            }
            else if (h.Contains("上年", StringComparison.Ordinal) || (y is { } hy && year is { } cy && hy < cy))
            {
                columns.Add(BaseDataColumn.PriorFinal);
                data.PriorYear = y ?? (year - 1);
            }
            else
            {
                columns.Add(BaseDataColumn.Final);
            }
        }

        return columns;
    }

    private static YearAmounts Amounts(List<GridCell> row, List<BaseDataColumn> columns, PerformanceCells cells, string label)
    {
        decimal? prior = null, budget = null, final = null;
        for (var k = 0; k < columns.Count && k + 1 < row.Count; k++)
        {
            var value = cells.Number(row[k + 1], label);
            switch (columns[k])
            {
                case BaseDataColumn.PriorFinal: prior = value; break;
                case BaseDataColumn.Budget: budget = value; break;
                default: final = value; break;
            }
        }

        return new YearAmounts(prior, budget, final);
    }

    private static BuildingControl ReadBuildings(List<GridCell> header, List<GridCell> values, PerformanceCells cells, string label)
    {
        GridCell? Get(string word) => At(values, Index(header, word));
        var project = ProjectNote().Match(header[0].Clean);
        return new BuildingControl
        {
            Project = project.Success ? project.Groups[1].Value : null,
            ApprovedArea = cells.Number(Get("批复规模"), label + " 批复规模"),
            ActualArea = cells.Number(Get("实际规模"), label + " 实际规模"),
            PrintedAreaRate = cells.Number(Get("规模控制率"), label + " 规模控制率"),
            BudgetInvestment = cells.Number(Get("预算投资"), label + " 预算投资"),
            ActualInvestment = cells.Number(Get("实际投资"), label + " 实际投资"),
            PrintedInvestmentRate = cells.Number(Get("投资概算控制率"), label + " 投资概算控制率"),
        };
    }

    /// <summary>The row after a header row: its values; a problem when there is none.</summary>
    private static List<GridCell>? Next(List<List<GridCell>> rows, ref int r, List<GridCell> header, PerformanceCells cells, string what)
    {
        if (r + 1 < rows.Count)
        {
            r++;
            return rows[r];
        }

        cells.Problem(header[0].Line, MessageCatalogue.Format(MessageCatalogue.ReadPerformanceValuesMissing, cells.Source, header[0].Line, what));
        return null;
    }

    /// <summary>The index of the first header cell containing a word (the last such cell for 规模控制率 vs 投资概算控制率 is told apart by the longer word); -1 if none.</summary>
    private static int Index(List<GridCell> header, string word)
    {
        for (var k = 0; k < header.Count; k++)
        {
            var c = header[k].Compact;
            if (c.Contains(word, StringComparison.Ordinal) && !(word == "规模控制率" && c.Contains("投资", StringComparison.Ordinal)))
            {
                return k;
            }
        }

        return -1;
    }

    private static GridCell? At(List<GridCell> row, int index) => index >= 0 && index < row.Count ? row[index] : null;

    private static string Label(List<GridCell> row) => row.Count > 0 ? row[0].Compact : "";

    private static string ProjectName(string text) => ProjectNumber().Replace(PerformanceText.Compact(text), "");

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";

    [GeneratedRegex(@"^\d+[、.．]\s*")]
    private static partial Regex ProjectNumber();

    [GeneratedRegex(@"[（(]([^）)]*)[）)]")]
    private static partial Regex ProjectNote();
}
