using System.Xml.Linq;
using Gongkai.Documents.Export;
using Gongkai.Documents.Tests.Canonical;

namespace Gongkai.Documents.Tests.Export;

/// <summary>The HTML page of samples/seed-001.json, parsed as XML (the writer emits XHTML-compatible markup).</summary>
public sealed class HtmlReportWriterTests
{
    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    private static XDocument Parse(string html) => XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.Ordinal));

    [Fact]
    public void IsOneAccessiblePageWithoutScript()
    {
        var page = Parse(HtmlReportWriter.Write(SeedSample.Read()));
        var root = page.Root!;
        Assert.Equal("zh-CN", root.Attribute("lang")!.Value);
        Assert.Empty(page.Descendants(X + "script"));
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.Single(page.Descendants(X + "h1"));
        Assert.Equal(6, page.Descendants(X + "h2").Count()); // 目录 + five parts
        Assert.Equal(2 + 9 + 11, page.Descendants(X + "h3").Count());
        // Every TOC link points at a heading of the page.
        var ids = page.Descendants().Attributes("id").Select(a => a.Value).ToHashSet();
        var links = page.Descendants(X + "nav").Descendants(X + "a").ToList();
        Assert.Equal(27, links.Count);
        Assert.All(links, a => Assert.Contains(a.Attribute("href")!.Value[1..], ids));
    }

    [Fact]
    public void TablesHaveCaptionsAndHeaderCells()
    {
        var page = Parse(HtmlReportWriter.Write(SeedSample.Read()));
        var tables = page.Descendants(X + "table").ToList();
        Assert.Equal(9, tables.Count);
        foreach (var table in tables)
        {
            Assert.NotNull(table.Element(X + "caption"));
            Assert.All(table.Element(X + "thead")!.Descendants(X + "th"), th => Assert.NotNull(th.Attribute("scope")));
            Assert.All(table.Element(X + "tbody")!.Elements(X + "tr"), tr => Assert.Equal("row", tr.Element(X + "th")!.Attribute("scope")!.Value));
        }

        var t06 = tables[5];
        Assert.Contains("一般公共预算财政拨款基本支出决算表", t06.Element(X + "caption")!.Value, StringComparison.Ordinal);
        var personnel = t06.Descendants(X + "tr").Single(tr => tr.Element(X + "th")?.Value == "人员经费合计");
        Assert.Equal("600.88", personnel.Elements(X + "td").Last().Value);
        var t07 = tables[6];
        Assert.Equal("6", t07.Descendants(X + "th").Single(th => th.Value == "决算数").Attribute("colspan")!.Value);
    }

    [Fact]
    public void EscapesEveryText()
    {
        var report = SeedSample.Read();
        report.Unit.Name = "<script>alert('x')</script>&";
        report.Reasons["GrandTotal.Change"] = "\"<b>增加</b>\"";
        var html = HtmlReportWriter.Write(report);
        var page = Parse(html); // well-formed despite the markup in the data
        Assert.Empty(page.Descendants(X + "script"));
        Assert.Empty(page.Descendants(X + "b"));
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;", html, StringComparison.Ordinal);
        Assert.Contains(page.Descendants(X + "p"), p => p.Value.Contains("主要原因是\"<b>增加</b>\"", StringComparison.Ordinal));
    }
}
