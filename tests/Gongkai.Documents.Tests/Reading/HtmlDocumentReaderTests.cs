using System.Text;
using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Reading;

public sealed class HtmlDocumentReaderTests
{
    private static ReadDocument Read(string html, string name = "page.html") => DocumentReaders.Read(Encoding.UTF8.GetBytes(html), name);

    [Fact]
    public void Spanning_cells_leave_empty_cells_where_they_reach_so_values_stay_under_their_columns()
    {
        var read = Read("""
            <html><body><table>
            <tr><th rowspan="2">项目</th><th colspan="2">本年支出</th></tr>
            <tr><th>基本支出</th><th>项目支出</th></tr>
            <tr><td>合计</td><td>1.00</td><td>2.00</td></tr>
            </table></body></html>
            """);
        var rows = read.Source.Lines.Where(l => l.IsTableRow).Select(l => string.Join("|", l.Cells)).ToList();
        Assert.Equal(["项目|本年支出|", "|基本支出|项目支出", "合计|1.00|2.00"], rows);
        Assert.Equal("第 1 个表格第 3 行第 3 列", read.Source.Lines.Last(l => l.IsTableRow).CellPositions![2].Cell);
    }

    [Fact]
    public void Scripts_styles_and_the_head_are_not_text_and_paragraphs_keep_their_source_line()
    {
        var read = Read("<!DOCTYPE html>\n<html><head><title>标题</title><style>p{}</style></head>\n<body><script>document.write('一、伪造')</script>\n<p>第一段，<b>加粗</b>文字。</p>\n<div><div>第二段<br>第三段</div></div></body></html>");
        var lines = read.Source.Lines.Where(l => !l.IsBlank).Select(l => (l.Text, l.Position.Line)).ToList();
        Assert.Equal([("第一段，加粗文字。", (int?)4), ("第二段", 5), ("第三段", 5)], lines);
    }

    [Fact]
    public void A_page_nested_deeply_but_within_the_limit_reads_without_a_stack_overflow()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 900)) + "本年收入合计100.00万元。" + "</body></html>";
        var read = Read(html);
        Assert.Contains(read.Source.Lines, l => l.Text == "本年收入合计100.00万元。");
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_levels_deep_is_refused_before_parsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div><span>", 50_000)) + "文字" + "</body></html>";
        var error = Assert.Throws<DocumentReadException>(() => Read(html, "嵌套.html"));
        Assert.Contains("嵌套.html", error.Message, StringComparison.Ordinal);
        Assert.Contains("1000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_without_text_is_refused_with_a_message_naming_the_file()
    {
        var error = Assert.Throws<DocumentReadException>(() => Read("<html><body><script>x()</script><img src=a.png></body></html>", "空页面.html"));
        Assert.Contains("空页面.html", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_is_recognised_by_its_content_whatever_its_name()
    {
        var read = Read("<!doctype html><html><body><p>本年收入合计100.00万元。</p></body></html>", "download.txt");
        Assert.Equal(SourceFormat.Html, read.Source.Format);
    }
}
