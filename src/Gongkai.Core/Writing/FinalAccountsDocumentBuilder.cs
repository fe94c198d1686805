using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Writing;

/// <summary>Builds the <see cref="FinalAccountsDocument"/> of a report, part by part, in the order of seed 001.</summary>
public static class FinalAccountsDocumentBuilder
{
    private const string PartSeparator = "　";

    /// <summary>The nine tables of 第二部分, in printed order.</summary>
    public static IReadOnlyList<DisclosureTableKind> PublishedTables { get; } =
        [.. DisclosureTableKinds.All.Where(k => k != DisclosureTableKind.ExplanationFigures)];

    /// <summary>Builds the document; <paramref name="templates"/> defaults to the set that applies to the report.</summary>
    public static FinalAccountsDocument Build(UnitYearReport report, ExplanationOptions? options = null, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        options ??= ExplanationOptions.Default;
        options.Validate();
        templates ??= TemplateLibrary.BuiltIn.For(report);
        var unit = report.Unit.Name;
        var year = report.Year;

        var body = new List<DocumentBlock>();

        body.Add(new HeadingBlock(1, "第一部分" + PartSeparator + unit + "概况"));
        body.AddRange(OverviewWriter.Write(report.Unit));

        body.Add(new PageBreakBlock(Landscape: true));
        body.Add(new HeadingBlock(1, "第二部分" + PartSeparator + year + "年度部门决算表"));
        var n = 0;
        foreach (var kind in PublishedTables)
        {
            if (templates.Table(kind) is not { } template)
            {
                continue;
            }

            n++;
            body.Add(new HeadingBlock(2, ChineseNumerals.Section(n) + template.Title));
            body.Add(new TableBlock(TableLayouts.Build(report, template)));
        }

        body.Add(new PageBreakBlock());
        body.Add(new HeadingBlock(1, "第三部分" + PartSeparator + year + "年度部门决算情况说明"));
        var explanation = ExplanationWriter.Write(report, options);
        body.AddRange(explanation.Blocks);

        body.Add(new PageBreakBlock());
        body.Add(new HeadingBlock(1, "第四部分" + PartSeparator + "名词解释"));
        var terms = TermLibrary.For(report);
        for (var i = 0; i < terms.Count; i++)
        {
            body.Add(new ParagraphBlock(ChineseNumerals.Section(i + 1) + terms[i].Term + "：" + terms[i].Definition));
        }

        body.Add(new PageBreakBlock());
        body.Add(new HeadingBlock(1, "第五部分" + PartSeparator + "附件"));
        body.Add(new ParagraphBlock($"{year}年度部门整体支出绩效评价报告（附后）。"));

        var contents = body.OfType<HeadingBlock>().Where(h => h.Level <= 2).ToList();
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock(year + "年度", ParagraphKind.Cover),
            new ParagraphBlock(unit, ParagraphKind.Cover),
            new ParagraphBlock("部门决算", ParagraphKind.Cover),
            new PageBreakBlock(),
            new ParagraphBlock("目录", ParagraphKind.ContentsTitle),
            new TableOfContentsBlock(contents),
            new PageBreakBlock(),
        };
        blocks.AddRange(body);
        return new FinalAccountsDocument(report, options, blocks, explanation);
    }
}
