using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Checks;
using Gongkai.Cli.Commands;
using Gongkai.Performance;

namespace Gongkai.Cli.Output;

/// <summary>
/// Prints scoring results for programs: <c>{"documents":[{"path","unit","year","rules":{"name","title"},
/// "execution":{…},"indicators":[{"level1","level2","name","target","achieved","weight","printedScore",
/// "recomputedScore","rule","rate","explanation"}],"totals":{"printed","total","grade","recomputed",
/// "recomputedGrade"},"findings":[…],"problems":[…]}]}</c>. Scores and rates are numbers (rates as ratios).
/// </summary>
public static class JsonScoreWriter
{
    /// <summary>Writes the documents as one JSON object.</summary>
    public static void Write(IReadOnlyList<ScoredDocument> documents, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var d in documents)
            {
                WriteDocument(w, d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteDocument(Utf8JsonWriter w, ScoredDocument d)
    {
        var r = d.Result;
        w.WriteStartObject();
        w.WriteString("path", d.Path);
        w.WriteString("unit", d.Sheet.UnitName);
        w.WriteNumber("year", d.Sheet.Year);
        w.WriteStartObject("rules");
        w.WriteString("name", r.Rules.Name);
        w.WriteString("title", r.Rules.Title);
        w.WriteEndObject();

        var e = r.Execution;
        w.WriteStartObject("execution");
        Number(w, "weight", e.Weight);
        Number(w, "rate", e.Rate is { } rate ? Math.Round(rate, 6) : null);
        Number(w, "printedRate", e.PrintedRate is { } pr ? pr / 100m : null);
        Number(w, "printedScore", e.PrintedScore);
        Number(w, "recomputedScore", e.RecomputedScore);
        w.WriteString("explanation", e.Explanation);
        w.WriteEndObject();

        w.WriteStartArray("indicators");
        foreach (var s in r.Indicators)
        {
            var i = s.Indicator;
            w.WriteStartObject();
            w.WriteString("level1", i.Level1);
            w.WriteString("level2", i.Level2);
            w.WriteString("name", i.Name);
            w.WriteString("target", i.Target?.Text);
            w.WriteString("achieved", i.Achieved?.Text);
            Number(w, "weight", i.Weight);
            Number(w, "printedScore", i.PrintedScore);
            Number(w, "recomputedScore", s.RecomputedScore);
            w.WriteString("group", s.GroupName);
            w.WriteString("rule", s.RuleId);
            Number(w, "rate", s.Rate is { } sr ? Math.Round(sr, 6) : null);
            w.WriteString("explanation", s.Explanation);
            w.WriteString("deviationReason", i.DeviationReason);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartObject("totals");
        Number(w, "printed", r.PrintedTotal);
        w.WriteNumber("total", r.Total);
        w.WriteString("grade", r.Grade);
        w.WriteNumber("recomputed", r.RecomputedTotal);
        w.WriteString("recomputedGrade", r.RecomputedGrade);
        w.WriteEndObject();

        w.WriteStartArray("findings");
        foreach (var f in r.Findings)
        {
            Documents.Auditing.AuditJson.WriteFinding(w, f);
        }

        w.WriteEndArray();
        w.WriteStartArray("problems");
        foreach (var p in d.Problems)
        {
            w.WriteStartObject();
            w.WriteNumber("line", p.Line);
            w.WriteString("severity", Severity.Warning.ToString().ToLowerInvariant());
            w.WriteString("message", p.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
