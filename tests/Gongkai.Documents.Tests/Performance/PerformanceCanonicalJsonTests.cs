using System.Text.Json;
using Gongkai.Documents.Canonical;
using Gongkai.Model;
using Gongkai.Performance;

namespace Gongkai.Documents.Tests.Performance;

/// <summary>The performance parts of the canonical format round-trip and are read as strictly as the rest.</summary>
public sealed class PerformanceCanonicalJsonTests
{
    private static UnitYearReport Report()
    {
        var doc = Seed004Text.Read();
        return new UnitYearReport
        {
            Year = 2022,
            Unit = new BudgetUnit { Name = doc.Sheet!.UnitName },
            SelfEvaluation = doc.Sheet,
            EvaluationBaseData = doc.BaseData,
        };
    }

    [Fact]
    public void Write_read_write_is_identical_and_scores_the_same()
    {
        var first = CanonicalJsonWriter.Write(Report());
        var read = CanonicalJsonReader.Read(first, "004.json");
        Assert.Equal(first, CanonicalJsonWriter.Write(read));
        var result = new SelfEvaluationScorer().Score(read.SelfEvaluation!, read.EvaluationBaseData);
        Assert.Equal(95.25m, result.Total);
        Assert.Equal(new FundAmounts(1033.5m, 1388.92m, 1388.92m), read.SelfEvaluation!.Funds.Total);
        Assert.Contains("\"printedExecutionRate\": 105.93", first, StringComparison.Ordinal);
        Assert.Contains("\"target\": \"≥9次调研\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_without_performance_parts_do_not_mention_them()
    {
        var text = CanonicalJsonWriter.Write(new UnitYearReport { Year = 2022, Unit = new BudgetUnit { Name = "甲" } });
        Assert.DoesNotContain("selfEvaluation", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_performance_field_is_declared_in_the_schema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepository("docs", "schema", "gongkai-report-v1.schema.json")));
        var declared = new HashSet<string>(StringComparer.Ordinal);
        Collect(schema.RootElement, declared, declaring: true);
        using var written = JsonDocument.Parse(CanonicalJsonWriter.Write(Report()));
        var used = new HashSet<string>(StringComparer.Ordinal);
        Collect(written.RootElement, used, declaring: false);
        Assert.Contains("printedGroupWeights", used);
        Assert.Empty(used.Except(declared));
    }

    [Fact]
    public void An_unknown_field_or_a_text_amount_is_refused_with_the_place()
    {
        var text = CanonicalJsonWriter.Write(Report());
        var misspelt = text.Replace("\"printedTotal\":", "\"printedTotl\":", StringComparison.Ordinal);
        var e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(misspelt, "x.json"));
        Assert.Contains("未知字段“printedTotl”", e.Message, StringComparison.Ordinal);
        var word = text.Replace("\"printedTotal\": 96.25", "\"printedTotal\": \"96.25分\"", StringComparison.Ordinal);
        e = Assert.Throws<DocumentReadException>(() => CanonicalJsonReader.Read(word, "x.json"));
        Assert.Contains("printedTotal", e.Message, StringComparison.Ordinal);
        Assert.Contains("应为数字", e.Message, StringComparison.Ordinal);
    }

    private static void Collect(JsonElement e, HashSet<string> names, bool declaring)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (declaring && p.Name == "properties")
                {
                    names.UnionWith(p.Value.EnumerateObject().Select(x => x.Name));
                }
                else if (!declaring)
                {
                    names.Add(p.Name);
                }

                if (declaring || p.Name is not ("cells" or "unreadable" or "reasons"))
                {
                    Collect(p.Value, names, declaring);
                }
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray())
            {
                Collect(item, names, declaring);
            }
        }
    }
}
