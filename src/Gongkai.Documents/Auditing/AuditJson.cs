using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Checks;
using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Documents.Auditing;

/// <summary>
/// The JSON form of audit results, shared by `gongkai audit --format json` and the web API so the two can never drift:
/// <c>{"documents":[{"path","unit","year","kind","findings":[{"rule","severity","location","message","printed",
/// "expected","line","cells"}],"kinds","readingNotes","rules":{…}}]}</c>; an unreadable input carries "error".
/// </summary>
public static class AuditJson
{
    /// <summary>Chinese written as it is, not as \u escapes.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>A JSON writer with the options of this form.</summary>
    public static Utf8JsonWriter CreateWriter(Stream stream) =>
        new(stream, new JsonWriterOptions { Indented = true, Encoder = Encoder });

    /// <summary>One whole answer holding one audited document.</summary>
    public static byte[] Write(string path, UnitYearReport report, CheckResult result, ReadDocument? read = null)
    {
        using var stream = new MemoryStream();
        using (var w = CreateWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            WriteDocument(w, path, report, result, read);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>One audited document.</summary>
    public static void WriteDocument(Utf8JsonWriter w, string path, UnitYearReport report, CheckResult result, ReadDocument? read)
    {
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteString("unit", report.Unit.Name);
        w.WriteNumber("year", report.Year);
        w.WriteString("kind", report.Kind.ToString());
        w.WriteStartArray("findings");
        foreach (var f in result.Findings)
        {
            WriteFinding(w, f);
        }

        w.WriteEndArray();
        if (read is not null)
        {
            w.WriteStartArray("kinds");
            foreach (var k in read.Kinds)
            {
                w.WriteStringValue(k.ToString());
            }

            w.WriteEndArray();
            w.WriteStartArray("readingNotes");
            foreach (var note in read.Notes)
            {
                w.WriteStartObject();
                w.WriteString("place", SourcePositions.Describe(note.Position));
                w.WriteString("message", note.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteStartObject("rules");
        w.WriteNumber("total", result.Outcomes.Count);
        w.WriteNumber("passed", result.Count(RuleState.Passed));
        w.WriteNumber("failed", result.Count(RuleState.Failed));
        w.WriteNumber("notApplicable", result.Count(RuleState.NotApplicable));
        w.WriteNumber("insufficientData", result.Count(RuleState.InsufficientData));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>An input that could not be read.</summary>
    public static void WriteUnreadable(Utf8JsonWriter w, string path, string error)
    {
        w.WriteStartObject();
        w.WriteString("path", path);
        w.WriteNull("unit");
        w.WriteNull("year");
        w.WriteString("error", error);
        w.WriteStartArray("findings");
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>One finding, as every JSON answer of Gongkai writes it.</summary>
    public static void WriteFinding(Utf8JsonWriter w, Finding f)
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
}
