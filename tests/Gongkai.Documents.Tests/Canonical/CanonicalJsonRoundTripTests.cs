using Gongkai.Documents.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Canonical;

/// <summary>The writer is stable: what it writes reads back to a report it writes identically.</summary>
public sealed class CanonicalJsonRoundTripTests
{
    [Fact]
    public void The_sample_is_in_canonical_form()
    {
        Assert.Equal(SeedSample.Text, CanonicalJsonWriter.Write(SeedSample.Read()));
    }

    [Fact]
    public void Write_read_write_is_identical()
    {
        var first = CanonicalJsonWriter.Write(SeedSample.Read());
        var second = CanonicalJsonWriter.Write(CanonicalJsonReader.Read(first, "first.json"));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Chinese_is_written_unescaped_with_unix_line_ends()
    {
        var text = CanonicalJsonWriter.Write(SeedSample.Read());
        Assert.Contains("\"name\": \"株洲市渌口区人大常委会\"", text, StringComparison.Ordinal);
        Assert.Contains("“三公”", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_built_in_code_survives_with_every_optional_part()
    {
        var report = new UnitYearReport
        {
            Kind = DisclosureKind.Budget,
            Year = 2023,
            PrintedUnit = AmountUnit.Yuan,
            TemplateRegion = "湖南",
            Unit = new BudgetUnit { Name = "测试单位\"引号\"\\", Kind = UnitKind.PublicInstitution },
        };
        var t05 = report.GetOrAddTable(DisclosureTableKind.GeneralBudgetExpenditure);
        t05.Source = new SourcePosition(Page: 7, Sheet: "财决05表");
        var row = t05.Add(new TableRow("2010104", "人大会议", 3) { LineNumber = 4, Source = new SourcePosition(Line: 12, Cell: "C5") });
        row[1] = 24.20m;
        row[2] = -0.5m;
        row.MarkUnreadable(3, "l2.5");
        t05.Add(new TableRow("Total", null, 3));
        report.GetOrAddTable(DisclosureTableKind.IncomeStatement);
        report.Reasons["Item.2010104.Note"] = "换行\n与制表\t";

        var first = CanonicalJsonWriter.Write(report);
        var back = CanonicalJsonReader.Read(first, "built.json");
        Assert.Equal(first, CanonicalJsonWriter.Write(back));

        var backRow = back.Table(DisclosureTableKind.GeneralBudgetExpenditure)!.Find("2010104")!;
        Assert.Equal("24.20", backRow[1]!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(-0.5m, backRow[2]);
        Assert.True(backRow.IsUnreadable(3));
        Assert.Equal("l2.5", backRow.UnreadableCells[3]);
        Assert.Equal(new SourcePosition(Line: 12, Cell: "C5"), backRow.Source);
        Assert.Equal(AmountUnit.Yuan, back.PrintedUnit);
        Assert.Equal(DisclosureKind.Budget, back.Kind);
        Assert.Equal("测试单位\"引号\"\\", back.Unit.Name);
        Assert.Null(back.Unit.AuthorizedHeadcount);

        // Tables come out in kind order whatever order they were added in.
        Assert.True(first.IndexOf("\"T02\"", StringComparison.Ordinal) < first.IndexOf("\"T05\"", StringComparison.Ordinal));
    }
}
