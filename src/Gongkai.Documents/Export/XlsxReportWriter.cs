using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Gongkai.Model;
using Gongkai.Templates;
using Gongkai.Writing;

namespace Gongkai.Documents.Export;

/// <summary>
/// Writes a report as an .xlsx workbook laid out as the official tables (title, 公开NN表, 部门, 单位：万元, merged header
/// rows, 栏次, codes as text, amounts 0.00, blank where the model is blank), plus sheets for the S figures, the unit
/// facts, the reasons and the terms, so that the workbook is also the import template (layout: <see cref="XlsxLayout"/>).
/// </summary>
public static class XlsxReportWriter
{
    /// <summary>The workbook as bytes.</summary>
    public static byte[] Write(UnitYearReport report, TemplateSet? templates = null)
    {
        using var stream = new MemoryStream();
        Write(report, stream, templates);
        return stream.ToArray();
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public static void Write(UnitYearReport report, Stream output, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        templates ??= TemplateLibrary.BuiltIn.For(report);
        var strings = new XlsxSharedStrings();
        var sheets = new List<XlsxSheet>();
        foreach (var kind in DisclosureTableKinds.All)
        {
            if (templates.Table(kind) is { } template)
            {
                sheets.Add(TableSheet(TableLayouts.Build(report, template), report, strings));
            }
        }

        sheets.Add(UnitSheet(report, strings));
        sheets.Add(ReasonsSheet(report, strings));
        sheets.Add(TermsSheet(report, strings));

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        document.CompressionOption = System.IO.Packaging.CompressionOption.Fast;
        var workbookPart = document.AddWorkbookPart();
        var workbook = new Workbook();
        var sheetList = new Sheets();
        var definedNames = new DefinedNames();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            sheet.WriteTo(part);
            sheetList.Append(new Sheet { Name = sheet.Name, SheetId = id, Id = workbookPart.GetIdOfPart(part) });
            if (sheet.PrintTitleRows is { } titles)
            {
                definedNames.Append(new DefinedName($"'{sheet.Name}'!${titles.First}:${titles.Last}")
                {
                    Name = "_xlnm.Print_Titles", LocalSheetId = id - 1,
                });
            }

            id++;
        }

        workbook.Append(sheetList);
        if (definedNames.HasChildren)
        {
            workbook.Append(definedNames);
        }

        workbookPart.Workbook = workbook;
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStylesheet.Create();
        workbookPart.AddNewPart<SharedStringTablePart>().SharedStringTable = strings.Build();
        document.PackageProperties.Title = $"{report.Unit.Name}{report.Year}年度部门决算公开表";
        document.PackageProperties.Creator = "公开（Gongkai）";
    }

    private static XlsxSheet TableSheet(DocumentTable table, UnitYearReport report, XlsxSharedStrings strings)
    {
        var sheet = new XlsxSheet(XlsxLayout.SheetName(table.Kind, table.Number), strings) { Landscape = table.GridColumnCount > 6 };
        var last = table.GridColumnCount;
        var lead = table.LeadingColumnCount;

        sheet.Text(1, 1, table.Kind == DisclosureTableKind.ExplanationFigures ? $"{report.Year}年度情况说明所列数字" : table.Title, XlsxStyle.Title);
        sheet.Merge(1, 1, 1, last, XlsxStyle.Title);
        sheet.Text(2, last, table.Kind == DisclosureTableKind.ExplanationFigures ? "情况说明" : table.Number, XlsxStyle.CaptionRight);
        sheet.Text(3, 1, "部门：" + table.Department, XlsxStyle.Caption);
        if (last > 2)
        {
            sheet.Merge(3, 1, 3, last - 1, XlsxStyle.Caption);
        }

        sheet.Text(3, last, "单位：万元", XlsxStyle.CaptionRight);

        var top = XlsxLayout.FirstHeaderRow;
        foreach (var cell in table.Header)
        {
            sheet.Text(top + cell.Row, cell.Column + 1, cell.Text, XlsxStyle.Header);
            sheet.Merge(top + cell.Row, cell.Column + 1, top + cell.Row + cell.RowSpan - 1, cell.Column + cell.ColumnSpan, XlsxStyle.Header);
        }

        var numberRow = top + table.HeaderRowCount;
        sheet.Text(numberRow, 1, XlsxLayout.ColumnNumberRowLabel, XlsxStyle.Header);
        for (var c = 2; c <= lead; c++)
        {
            sheet.Blank(numberRow, c, XlsxStyle.Header);
        }

        for (var c = 1; c <= table.DataColumnCount; c++)
        {
            sheet.Number(numberRow, lead + c, c, XlsxStyle.Header);
        }

        sheet.PrintTitleRows = (top, numberRow);
        var r = numberRow + 1;
        foreach (var row in table.Rows)
        {
            sheet.Text(r, 1, row.Key, XlsxStyle.Code);
            sheet.Text(r, 2, row.Label, XlsxStyle.Text);
            if (table.HasLineNumbers)
            {
                if (row.LineNumber is { } line)
                {
                    sheet.Number(r, 3, line, XlsxStyle.Centered);
                }
                else
                {
                    sheet.Blank(r, 3, XlsxStyle.Centered);
                }
            }

            var style = row.IsCount ? XlsxStyle.Count : XlsxStyle.Amount;
            for (var c = 1; c <= table.DataColumnCount; c++)
            {
                if (row.Cells[c - 1] is { } value)
                {
                    sheet.Number(r, lead + c, value, style);
                }
                else
                {
                    sheet.Blank(r, lead + c, style);
                }
            }

            r++;
        }

        if (table.EmptyStatement is { } statement)
        {
            sheet.Text(r, 1, XlsxLayout.EmptyStatementKey, XlsxStyle.Code);
            sheet.Text(r, 2, "此表无数据", XlsxStyle.Text);
            sheet.Text(r, 3, statement, XlsxStyle.Text);
            sheet.Merge(r, 3, r, last, XlsxStyle.Text);
            r++;
        }

        r++;
        foreach (var note in table.Notes)
        {
            sheet.Text(r, 1, note, XlsxStyle.Note);
            sheet.Merge(r, 1, r, last, XlsxStyle.Note);
            r++;
        }

        sheet.Width(1, 16);
        sheet.Width(2, table.Kind == DisclosureTableKind.ThreePublicCosts ? 12 : 34);
        if (table.HasLineNumbers)
        {
            sheet.Width(3, 6);
        }

        for (var c = 1; c <= table.DataColumnCount; c++)
        {
            sheet.Width(lead + c, table.DataColumnCount > 8 ? 11 : 15);
        }

        return sheet;
    }

    private static XlsxSheet UnitSheet(UnitYearReport report, XlsxSharedStrings strings)
    {
        var sheet = ListSheet(XlsxLayout.UnitSheetName, "单位信息", ["键", "项目", "内容"], strings);
        var unit = report.Unit;
        var r = XlsxLayout.ListFirstDataRow;
        foreach (var (key, name) in XlsxLayout.UnitKeys)
        {
            sheet.Text(r, 1, key, XlsxStyle.Code);
            sheet.Text(r, 2, name, XlsxStyle.Text);
            switch (key)
            {
                case "Year":
                    sheet.Number(r, 3, report.Year, XlsxStyle.Count);
                    break;
                case "AuthorizedHeadcount" or "ActualHeadcount":
                    var count = key == "AuthorizedHeadcount" ? unit.AuthorizedHeadcount : unit.ActualHeadcount;
                    if (count is { } n)
                    {
                        sheet.Number(r, 3, n, XlsxStyle.Count);
                    }
                    else
                    {
                        sheet.Blank(r, 3, XlsxStyle.Count);
                    }

                    break;
                default:
                    sheet.Text(r, 3, key switch
                    {
                        "Name" => unit.Name,
                        "Kind" => report.Kind.ToString(),
                        "UnitKind" => unit.Kind.ToString(),
                        "Region" => unit.Region,
                        "Level" => unit.Level,
                        "TemplateRegion" => report.TemplateRegion,
                        "Organisation" => unit.Organisation,
                        "ReportingScope" => unit.ReportingScope,
                        _ => null,
                    }, XlsxStyle.Text);
                    break;
            }

            r++;
        }

        for (var i = 0; i < unit.Duties.Count; i++, r++)
        {
            sheet.Text(r, 1, "Duty." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), XlsxStyle.Code);
            sheet.Text(r, 2, "部门职责" + ChineseNumerals.Subsection(i + 1), XlsxStyle.Text);
            sheet.Text(r, 3, unit.Duties[i], XlsxStyle.Text);
        }

        sheet.Width(1, 22);
        sheet.Width(2, 18);
        sheet.Width(3, 100);
        return sheet;
    }

    private static XlsxSheet ReasonsSheet(UnitYearReport report, XlsxSharedStrings strings)
    {
        var sheet = ListSheet(XlsxLayout.ReasonsSheetName, "原因说明", ["键", "单位填写的原因"], strings);
        var r = XlsxLayout.ListFirstDataRow;
        foreach (var (key, text) in report.Reasons)
        {
            sheet.Text(r, 1, key, XlsxStyle.Code);
            sheet.Text(r, 2, text, XlsxStyle.Text);
            r++;
        }

        sheet.Width(1, 34);
        sheet.Width(2, 100);
        return sheet;
    }

    private static XlsxSheet TermsSheet(UnitYearReport report, XlsxSharedStrings strings)
    {
        var sheet = ListSheet(XlsxLayout.TermsSheetName, "名词解释", ["序号", "名词", "解释"], strings);
        var r = XlsxLayout.ListFirstDataRow;
        for (var i = 0; i < report.TermDefinitions.Count; i++, r++)
        {
            sheet.Number(r, 1, i + 1, XlsxStyle.Centered);
            sheet.Text(r, 2, report.TermDefinitions[i].Term, XlsxStyle.Text);
            sheet.Text(r, 3, report.TermDefinitions[i].Definition, XlsxStyle.Text);
        }

        sheet.Width(1, 6);
        sheet.Width(2, 22);
        sheet.Width(3, 100);
        return sheet;
    }

    private static XlsxSheet ListSheet(string name, string title, string[] headers, XlsxSharedStrings strings)
    {
        var sheet = new XlsxSheet(name, strings);
        sheet.Text(1, 1, title, XlsxStyle.Title);
        sheet.Merge(1, 1, 1, headers.Length, XlsxStyle.Title);
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Text(2, c + 1, headers[c], XlsxStyle.Header);
        }

        sheet.PrintTitleRows = (2, 2);
        return sheet;
    }
}
