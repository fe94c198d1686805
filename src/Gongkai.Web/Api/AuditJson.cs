using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Checks;
using Gongkai.Model;

namespace Gongkai.Web.Api;

/// <summary>
/// Findings in the JSON form of <c>gongkai audit --format json</c>: <c>{"documents":[{"path","unit","year","kind",
/// "findings":[{"rule","severity","location","message","printed","expected","line","cells"}],"rules":{…}}]}</c>.
/// </summary>
internal static class AuditJson
{
    /// <summary>Chinese stays readable; markup characters are escaped, so the JSON is safe to embed anywhere.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>The JSON of one audited document.</summary>
    public static byte[] Write(string path, UnitYearReport report, CheckResult result)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder }))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            w.WriteStartObject();
            w.WriteString("path", path);
            w.WriteString("unit", report.Unit.Name);
            w.WriteNumber("year", report.Year);
            w.WriteString("kind", report.Kind.ToString());
            w.WriteStartArray("findings");
            foreach (var f in result.Findings)
            {
                w.WriteStartObject();
                w.WriteString("rule", f.RuleId);
                w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                w.WriteString("location", f.Location);
                w.WriteString("message", f.Message);
                w.WriteString("printed", f.Printed);
                w.WriteString("expected", f.Expected);
                if (f.Source?.Line is { } line)
                {
                    w.WriteNumber("line", line);
                }
                else
                {
                    w.WriteNull("line");
                }

                w.WriteStartArray("cells");
                foreach (var c in f.Cells)
                {
                    w.WriteStringValue(c.ToString());
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("rules");
            w.WriteNumber("total", result.Outcomes.Count);
            w.WriteNumber("passed", result.Count(RuleState.Passed));
            w.WriteNumber("failed", result.Count(RuleState.Failed));
            w.WriteNumber("notApplicable", result.Count(RuleState.NotApplicable));
            w.WriteNumber("insufficientData", result.Count(RuleState.InsufficientData));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }
}
