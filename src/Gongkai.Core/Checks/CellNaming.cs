using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Checks;

/// <summary>
/// Names cells the way a finance officer would (「公开05表 行政运行（2010101）基本支出」), never in formula syntax.
/// </summary>
public sealed class CellNaming
{
    private readonly UnitYearReport report;
    private readonly TemplateSet templates;

    /// <summary>Creates a namer for a report.</summary>
    public CellNaming(UnitYearReport report, TemplateSet templates)
    {
        this.report = report;
        this.templates = templates;
    }

    /// <summary>The table's name: its printed number, else the template's (公开05表).</summary>
    public string Table(DisclosureTableKind kind) =>
        report.Table(kind)?.Number ?? templates.Table(kind)?.Number ?? kind.ShortCode();

    /// <summary>The row's name: 行政运行（2010101） for a coded row, the label for a fixed row.</summary>
    public string Row(DisclosureTableKind kind, string key)
    {
        var template = templates.Table(kind);
        if (TableRow.IsCode(key))
        {
            var label = report.Table(kind)?.Find(key)?.Label;
            return string.IsNullOrWhiteSpace(label) ? key : $"{Compact(label)}（{key}）";
        }

        return template?.FixedRow(key)?.Label ?? report.Table(kind)?.Find(key)?.Label ?? key;
    }

    /// <summary>The column's name (基本支出; 预算数公务接待费), or 第N栏.</summary>
    public string Column(DisclosureTableKind kind, int column) =>
        templates.Table(kind)?.Column(column)?.DisplayName ?? $"第{column}栏";

    /// <summary>The whole cell: 公开05表 行政运行（2010101）基本支出.</summary>
    public string Cell(CellRef cell)
    {
        var template = templates.Table(cell.Table);
        var columnName = Column(cell.Table, cell.Column);
        var single = template is not null && template.Columns.Count(c => c.Group == template.Column(cell.Column)?.Group) == 1;
        var row = Row(cell.Table, cell.RowKey);
        if (single && template!.Columns.Count <= 2)
        {
            return $"{Table(cell.Table)} {row}";
        }

        // 行政运行（2010101）基本支出 reads as one phrase; a plain label needs a space before the column.
        return row.EndsWith('）') ? $"{Table(cell.Table)} {row}{columnName}" : $"{Table(cell.Table)} {row} {columnName}";
    }

    private static string Compact(string label) => label.Replace(" ", "", StringComparison.Ordinal).Replace("\u3000", "", StringComparison.Ordinal);
}
