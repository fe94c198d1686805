using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Writing;

/// <summary>
/// Lays a disclosure table out for printing: the header block of the official template (seed 001: 项目 over
/// 功能分类科目编码 and 科目名称, 本年支出 over 小计/基本支出/项目支出, 预算数/决算数 over the 三公 items…), then one body
/// row per model row, then the notes. The layout is regular (code, name, 行次, then 栏次) so that a workbook written
/// from it reads back row by row (docs/EXPORT.md).
/// </summary>
public static class TableLayouts
{
    private static readonly Dictionary<DisclosureTableKind, string[]> Notes = new()
    {
        [DisclosureTableKind.IncomeExpenditureSummary] = ["注：1. 本表反映部门本年度的总收支和年末结转结余情况。", "2. 本套报表金额单位转换时可能存在尾数误差。"],
        [DisclosureTableKind.IncomeStatement] = ["注：本表反映部门本年度取得的各项收入情况。"],
        [DisclosureTableKind.ExpenditureStatement] = ["注：本表反映部门本年度各项支出情况。"],
        [DisclosureTableKind.AppropriationSummary] = ["注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。"],
        [DisclosureTableKind.GeneralBudgetExpenditure] = ["注：本表反映部门本年度一般公共预算财政拨款支出情况。"],
        [DisclosureTableKind.GeneralBudgetBasicExpenditure] = ["注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。"],
        [DisclosureTableKind.ThreePublicCosts] = ["注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。"],
        [DisclosureTableKind.GovernmentFundStatement] = ["注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。"],
        [DisclosureTableKind.StateCapitalStatement] = ["注：本表反映部门本年度国有资本经营预算财政拨款支出情况。"],
        [DisclosureTableKind.ExplanationFigures] = ["注：本表列示情况说明所述、各公开表未列示的数字（上年决算数、年初预算数、机关运行经费等）。"],
    };

    /// <summary>
    /// The printable layout of a table of the report (or of its template when the report lacks the table). The
    /// 部门 field always names the unit, whatever the source printed, so that a generated document is right.
    /// </summary>
    public static DocumentTable Build(UnitYearReport report, TableTemplate template)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(template);
        var table = report.Table(template.Kind);
        var hasLines = template.FixedRows.Any(r => r.Line is not null);
        var dataColumns = template.ColumnCount;
        var rows = new List<DocumentTableRow>();
        var modelRows = table?.Rows ?? [];
        string? emptyStatement = table?.EmptyStatement;
        if (modelRows.Count == 0 && emptyStatement is null)
        {
            emptyStatement = template.Kind switch
            {
                DisclosureTableKind.GovernmentFundStatement => MessageCatalogue.Format(MessageCatalogue.LedgerGovernmentFundEmpty, report.Unit.Name),
                DisclosureTableKind.StateCapitalStatement => MessageCatalogue.Format(MessageCatalogue.LedgerStateCapitalEmpty, report.Unit.Name),
                _ => null,
            };
        }

        if (modelRows.Count > 0)
        {
            foreach (var row in modelRows)
            {
                rows.Add(BodyRow(report, template, row.Key, row.Label, row.LineNumber, row, dataColumns));
            }
        }
        else if (emptyStatement is null)
        {
            // No table in the report: print the template's labelled rows blank, as the official form does.
            foreach (var fixedRow in template.FixedRows)
            {
                rows.Add(BodyRow(report, template, fixedRow.Key, null, fixedRow.Line, null, dataColumns));
            }
        }

        var (header, headerRows) = Header(template, hasLines);
        var notes = Notes.GetValueOrDefault(template.Kind) ?? [];
        return new DocumentTable(template.Kind, template.Number, template.Title, report.Unit.Name, hasLines, dataColumns,
            headerRows, header, rows, emptyStatement, notes);
    }

    private static DocumentTableRow BodyRow(
        UnitYearReport report, TableTemplate template, string key, string? label, int? line, TableRow? row, int dataColumns)
    {
        var fixedRow = template.FixedRow(key);
        var coded = TableRow.IsCode(key);
        var printed = label is { Length: > 0 } ? label
            : fixedRow?.Label
            ?? (coded ? SubjectNames.Name(key, report.Year, report.Table(template.Kind)) : key);
        var cells = new decimal?[dataColumns];
        for (var c = 1; c <= dataColumns; c++)
        {
            cells[c - 1] = row?[c];
        }

        return new DocumentTableRow(key, coded ? key : "", printed, line ?? fixedRow?.Line, cells,
            fixedRow?.ValueKind == ValueKind.Count);
    }

    /// <summary>The header grid of a kind, as the official template prints it; a generic one for other kinds.</summary>
    private static (List<HeaderCell> Cells, int Rows) Header(TableTemplate template, bool hasLines)
    {
        var cells = new List<HeaderCell>();
        var lead = hasLines ? 3 : 2;
        string Name(int column) => template.Column(column)?.Name ?? "";
        switch (template.Kind)
        {
            case DisclosureTableKind.IncomeExpenditureSummary:
            case DisclosureTableKind.AppropriationSummary:
            {
                cells.Add(new HeaderCell("科目编码", 0, 0, RowSpan: 2));
                cells.Add(new HeaderCell("项目", 0, 1, RowSpan: 2));
                cells.Add(new HeaderCell("行次", 0, 2, RowSpan: 2));
                var income = template.Columns.Where(c => c.Group == "收入").ToList();
                var expense = template.Columns.Where(c => c.Group == "支出").ToList();
                cells.Add(new HeaderCell("收入", 0, lead, ColumnSpan: income.Count));
                cells.Add(new HeaderCell("支出", 0, lead + income.Count, ColumnSpan: expense.Count));
                foreach (var c in template.Columns)
                {
                    cells.Add(new HeaderCell(c.Name, 1, lead + c.Number - 1));
                }

                return (cells, 2);
            }

            case DisclosureTableKind.GeneralBudgetExpenditure:
            case DisclosureTableKind.StateCapitalStatement:
                cells.Add(new HeaderCell("项目", 0, 0, ColumnSpan: 2));
                cells.Add(new HeaderCell("功能分类科目编码", 1, 0));
                cells.Add(new HeaderCell("科目名称", 1, 1));
                cells.Add(new HeaderCell("本年支出", 0, lead, ColumnSpan: template.ColumnCount));
                for (var c = 1; c <= template.ColumnCount; c++)
                {
                    cells.Add(new HeaderCell(Name(c), 1, lead + c - 1));
                }

                return (cells, 2);

            case DisclosureTableKind.GovernmentFundStatement:
                cells.Add(new HeaderCell("项目", 0, 0, ColumnSpan: 2));
                cells.Add(new HeaderCell("功能分类科目编码", 1, 0));
                cells.Add(new HeaderCell("科目名称", 1, 1));
                cells.Add(new HeaderCell("年初结转和结余", 0, lead, RowSpan: 2));
                cells.Add(new HeaderCell("本年收入", 0, lead + 1, RowSpan: 2));
                cells.Add(new HeaderCell("本年支出", 0, lead + 2, ColumnSpan: 3));
                cells.Add(new HeaderCell("小计", 1, lead + 2));
                cells.Add(new HeaderCell("基本支出", 1, lead + 3));
                cells.Add(new HeaderCell("项目支出", 1, lead + 4));
                cells.Add(new HeaderCell("年末结转和结余", 0, lead + 5, RowSpan: 2));
                return (cells, 2);

            case DisclosureTableKind.ThreePublicCosts:
                cells.Add(new HeaderCell("项目", 0, 0, RowSpan: 3, ColumnSpan: 2));
                foreach (var (group, offset) in new[] { ("预算数", lead), ("决算数", lead + 6) })
                {
                    cells.Add(new HeaderCell(group, 0, offset, ColumnSpan: 6));
                    cells.Add(new HeaderCell("合计", 1, offset, RowSpan: 2));
                    cells.Add(new HeaderCell("因公出国（境）费", 1, offset + 1, RowSpan: 2));
                    cells.Add(new HeaderCell("公务用车购置及运行费", 1, offset + 2, ColumnSpan: 3));
                    cells.Add(new HeaderCell("小计", 2, offset + 2));
                    cells.Add(new HeaderCell("公务用车购置费", 2, offset + 3));
                    cells.Add(new HeaderCell("公务用车运行费", 2, offset + 4));
                    cells.Add(new HeaderCell("公务接待费", 1, offset + 5, RowSpan: 2));
                }

                return (cells, 3);

            case DisclosureTableKind.IncomeStatement:
            case DisclosureTableKind.ExpenditureStatement:
                cells.Add(new HeaderCell("项目", 0, 0, ColumnSpan: 2));
                cells.Add(new HeaderCell("功能分类科目编码", 1, 0));
                cells.Add(new HeaderCell("科目名称", 1, 1));
                for (var c = 1; c <= template.ColumnCount; c++)
                {
                    cells.Add(new HeaderCell(Name(c), 0, lead + c - 1, RowSpan: 2));
                }

                return (cells, 2);

            default:
                var codeHeader = template.CodedRows.Scheme switch
                {
                    CodeScheme.DepartmentEconomic or CodeScheme.GovernmentEconomic => "经济分类科目编码",
                    CodeScheme.None => "键",
                    _ => "科目编码",
                };
                cells.Add(new HeaderCell(template.Kind == DisclosureTableKind.ExplanationFigures ? "键或科目编码" : codeHeader, 0, 0));
                cells.Add(new HeaderCell(template.CodedRows.Scheme == CodeScheme.None ? "项目" : "科目名称", 0, 1));
                if (hasLines)
                {
                    cells.Add(new HeaderCell("行次", 0, 2));
                }

                for (var c = 1; c <= template.ColumnCount; c++)
                {
                    cells.Add(new HeaderCell(Name(c), 0, lead + c - 1));
                }

                return (cells, 1);
        }
    }
}
