using System.Diagnostics;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gongkai.Documents.Tests.Reading;

/// <summary>
/// Writes a seed's text as the other formats a unit publishes: a Word document (paragraphs, and real Word tables for
/// the tab-separated lines), a workbook (one sheet per table, as the official templates do), and a PDF (the Word
/// document converted by LibreOffice).
/// </summary>
internal static class SeedFixtures
{
    private static readonly string[] Titles =
    [
        "收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
        "一般公共预算财政拨款基本支出决算表", "一般公共预算财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
        "国有资本经营预算财政拨款支出决算表",
    ];

    /// <summary>A .docx of the text: consecutive tab lines (blank lines between them included) form one Word table.</summary>
    public static void WriteDocx(string text, string path, bool landscape = false)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new W.Body();
        main.Document = new W.Document(body);
        var i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                body.Append(Paragraph(lines[i], landscape));
                i++;
                continue;
            }

            var rows = new List<string[]>();
            while (i < lines.Length)
            {
                if (lines[i].Contains('\t', StringComparison.Ordinal))
                {
                    rows.Add(lines[i].Split('\t'));
                    i++;
                }
                else if (lines[i].Trim().Length == 0 && i + 1 < lines.Length && lines[i + 1].Contains('\t', StringComparison.Ordinal))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            body.Append(Table(rows, landscape));
        }

        if (landscape)
        {
            body.Append(new W.SectionProperties(
                new W.PageSize { Width = 16838, Height = 11906, Orient = W.PageOrientationValues.Landscape },
                new W.PageMargin { Top = 600, Bottom = 600, Left = 500, Right = 500 }));
        }
    }

    /// <summary>
    /// A .docx of a text whose tables are laid out one cell per line (seed 004's annexes, as a word processor exports
    /// them: cell lines start with a tab, a cell's further lines follow without one, rows end at a blank line). Each
    /// such table becomes a real Word table, row by row, a multi-line cell as several paragraphs, rows as long as
    /// their cells (merged cells leave rows shorter) — the Word document the text was exported from.
    /// </summary>
    public static void WriteDocxOfCellLines(string text, string path)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new W.Body();
        main.Document = new W.Document(body);
        var i = 0;
        while (i < lines.Length)
        {
            if (!IsCellLine(lines[i]))
            {
                body.Append(Paragraph(lines[i], small: false));
                i++;
                continue;
            }

            var rows = new List<List<string>>();
            List<string>? current = null;
            var inMergedCell = false;
            while (i < lines.Length)
            {
                var line = lines[i];
                if (IsCellLine(line))
                {
                    inMergedCell = false;
                    current ??= [];
                    current.AddRange(line.Split('\t').Skip(1));
                    i++;
                    continue;
                }

                if (line.Trim().Length == 0)
                {
                    var j = i;
                    while (j < lines.Length && !IsCellLine(lines[j]) && lines[j].Trim().Length == 0)
                    {
                        j++;
                    }

                    // A word processor puts a lone weight such as "(50分)" after a blank line inside a merged cell.
                    if (current is { Count: > 0 } && j < lines.Length && !IsCellLine(lines[j]) && IsWeight(lines[j]))
                    {
                        current[^1] += "\n" + lines[j];
                        i = j + 1;
                        inMergedCell = true;
                        continue;
                    }

                    if (inMergedCell && current is not null && j < lines.Length && IsCellLine(lines[j]))
                    {
                        i = j;
                        continue;
                    }

                    inMergedCell = false;
                    if (current is not null)
                    {
                        rows.Add(current);
                        current = null;
                    }

                    i = j;
                    if (j >= lines.Length || !IsCellLine(lines[j]))
                    {
                        break;
                    }

                    continue;
                }

                if (current is { Count: > 0 })
                {
                    current[^1] += "\n" + line;
                    i++;
                    continue;
                }

                break;
            }

            if (current is not null)
            {
                rows.Add(current);
            }

            body.Append(RaggedTable(rows));
            body.Append(Paragraph("", small: false));
        }
    }

    /// <summary>
    /// An HTML page of the text, as a government site publishes one: a paragraph per line, and consecutive tab lines
    /// (blank lines between them included) as one table, inside the navigation, scripts and styles a real page has.
    /// </summary>
    public static void WriteHtml(string text, string path)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var html = new System.Text.StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>部门决算公开</title>")
            .Append("<style>p{margin:0}</style><script>var x = \"一、不是正文\";</script></head>\n<body><div class=\"header\"><div class=\"crumbs\">")
            .Append("<a href=\"/\">首页</a> &gt; <a href=\"/xxgk\">信息公开</a></div></div>\n<div class=\"article\"><div class=\"content\">\n");
        var i = 0;
        while (i < lines.Length)
        {
            if (!lines[i].Contains('\t', StringComparison.Ordinal))
            {
                html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(lines[i])).Append("</p>\n");
                i++;
                continue;
            }

            html.Append("<table border=\"1\" cellspacing=\"0\"><tbody>\n");
            while (i < lines.Length)
            {
                if (lines[i].Contains('\t', StringComparison.Ordinal))
                {
                    html.Append("<tr>");
                    foreach (var cell in lines[i].Split('\t'))
                    {
                        html.Append("<td><span style=\"font-size:9pt\">").Append(System.Net.WebUtility.HtmlEncode(cell)).Append("</span></td>");
                    }

                    html.Append("</tr>\n");
                    i++;
                }
                else if (lines[i].Trim().Length == 0 && i + 1 < lines.Length && lines[i + 1].Contains('\t', StringComparison.Ordinal))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</div></div>\n<div class=\"footer\"><script src=\"/stat.js\"></script></div></body></html>\n");
        File.WriteAllText(path, html.ToString());
    }

    /// <summary>A .xlsx of the tables of the text: one sheet per table, from its title to the line before the next.</summary>
    public static void WriteXlsx(string text, string path)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        using var book = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = book.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var start = Array.FindIndex(lines, l => l.Trim() == "部门决算表");
        var end = Array.FindIndex(lines, l => l.Trim() == "第三部分");
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (!Titles.Contains(lines[i].Trim()))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && !Titles.Contains(lines[j].Trim()))
            {
                j++;
            }

            n++;
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            var r = 0u;
            for (var k = i; k < j; k++)
            {
                if (lines[k].Trim().Length == 0)
                {
                    continue;
                }

                r++;
                var row = new Row { RowIndex = r };
                var cells = lines[k].Split('\t');
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c].Length == 0)
                    {
                        continue;
                    }

                    var reference = ((char)('A' + c)).ToString() + r;
                    var isNumber = decimal.TryParse(cells[c], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out _)
                        && cells[c].Contains('.', StringComparison.Ordinal);
                    row.Append(isNumber
                        ? new Cell { CellReference = reference, CellValue = new CellValue(cells[c]) }
                        : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cells[c])) });
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = (uint)n, Name = "公开" + n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + "表" });
        }
    }

    /// <summary>Converts a .docx to PDF with LibreOffice; null (and the reason) when LibreOffice is not installed.</summary>
    public static string? ConvertToPdf(string docx, out string? missing)
    {
        missing = null;
        var soffice = new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice" }.FirstOrDefault(File.Exists);
        if (soffice is null)
        {
            missing = "LibreOffice（sudo apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk）";
            return null;
        }

        var dir = Path.GetDirectoryName(docx)!;
        var profile = Path.Combine(dir, "lo-profile");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { "--headless", "-env:UserInstallation=file://" + profile, "--convert-to", "pdf", "--outdir", dir, docx })
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        p.StandardOutput.ReadToEnd();
        p.StandardError.ReadToEnd();
        if (!p.WaitForExit(180_000))
        {
            p.Kill(true);
            throw new TimeoutException("LibreOffice did not finish");
        }

        var pdf = Path.ChangeExtension(docx, ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException("LibreOffice wrote no PDF (exit " + p.ExitCode + ")");
    }

    /// <summary>True when a program is on the PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, program)));

    /// <summary>A new empty directory under the temporary folder.</summary>
    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gongkai-read-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static W.Paragraph Paragraph(string text, bool small)
    {
        var run = new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        if (small)
        {
            run.RunProperties = new W.RunProperties(new W.FontSize { Val = "16" });
        }

        return new W.Paragraph(run);
    }

    private static bool IsCellLine(string line) => line.StartsWith('\t');

    private static bool IsWeight(string line)
    {
        var t = line.Trim();
        return t.Length > 2 && (t[0] is '(' or '（') && (t[^1] is ')' or '）') && t[1..^1].Trim().EndsWith('分');
    }

    private static W.Table RaggedTable(List<List<string>> rows)
    {
        var table = new W.Table(new W.TableProperties(
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 })));
        var width = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var grid = new W.TableGrid();
        for (var c = 0; c < width; c++)
        {
            grid.Append(new W.GridColumn { Width = (9000 / width).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        foreach (var cells in rows)
        {
            var row = new W.TableRow();
            foreach (var cell in cells)
            {
                var tableCell = new W.TableCell();
                foreach (var part in cell.Split('\n'))
                {
                    tableCell.Append(Paragraph(part, small: false));
                }

                row.Append(tableCell);
            }

            table.Append(row);
        }

        return table;
    }

    private static W.Table Table(List<string[]> rows, bool small)
    {
        var width = rows.Max(r => r.Length);
        var table = new W.Table(new W.TableProperties(
            new W.TableBorders(
                new W.TopBorder { Val = W.BorderValues.Single, Size = 4 }, new W.BottomBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.LeftBorder { Val = W.BorderValues.Single, Size = 4 }, new W.RightBorder { Val = W.BorderValues.Single, Size = 4 },
                new W.InsideHorizontalBorder { Val = W.BorderValues.Single, Size = 4 }, new W.InsideVerticalBorder { Val = W.BorderValues.Single, Size = 4 }),
            new W.TableLayout { Type = W.TableLayoutValues.Fixed }));
        var columnWidth = (small ? 15800 : 9000) / width;
        var grid = new W.TableGrid();
        for (var c = 0; c < width; c++)
        {
            grid.Append(new W.GridColumn { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        foreach (var cells in rows)
        {
            var row = new W.TableRow();
            for (var c = 0; c < width; c++)
            {
                var text = c < cells.Length ? cells[c] : "";
                row.Append(new W.TableCell(
                    new W.TableCellProperties(new W.TableCellWidth { Width = columnWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = W.TableWidthUnitValues.Dxa }),
                    Paragraph(text, small)));
            }

            table.Append(row);
        }

        return table;
    }
}
