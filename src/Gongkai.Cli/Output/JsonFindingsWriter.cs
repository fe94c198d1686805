using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Checks;
using Gongkai.Cli.Commands;

namespace Gongkai.Cli.Output;

/// <summary>
/// Prints findings for programs: <c>{"documents":[{"path","unit","year","findings":[{"rule","severity","location",
/// "message","printed","expected","line","cells"}],"rules":{…}}]}</c>. An unreadable input carries "error" instead.
/// </summary>
public static class JsonFindingsWriter
{
    /// <summary>Writes the documents as one JSON object.</summary>
    public static void Write(IReadOnlyList<AuditedDocument> documents, TextWriter output)
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

    private static void WriteDocument(Utf8JsonWriter w, AuditedDocument d)
    {
        w.WriteStartObject();
        w.WriteString("path", d.Path);
        if (d.ReadError is not null)
        {
            w.WriteNull("unit");
            w.WriteNull("year");
            w.WriteString("error", d.ReadError);
            w.WriteStartArray("findings");
            w.WriteEndArray();
            w.WriteEndObject();
            return;
        }

        w.WriteString("unit", d.Report!.Unit.Name);
        w.WriteNumber("year", d.Report.Year);
        w.WriteString("kind", d.Report.Kind.ToString());
        w.WriteStartArray("findings");
        foreach (var f in d.Result!.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            w.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
            w.WriteString("location", f.Location);
            w.WriteString("message", f.Message);
            WriteNullable(w, "printed", f.Printed);
            WriteNullable(w, "expected", f.Expected);
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
        if (d.Read is { } read)
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
                w.WriteString("place", Documents.Reading.SourcePositions.Describe(note.Position));
                w.WriteString("message", note.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        var r = d.Result;
        w.WriteStartObject("rules");
        w.WriteNumber("total", r.Outcomes.Count);
        w.WriteNumber("passed", r.Count(RuleState.Passed));
        w.WriteNumber("failed", r.Count(RuleState.Failed));
        w.WriteNumber("notApplicable", r.Count(RuleState.NotApplicable));
        w.WriteNumber("insufficientData", r.Count(RuleState.InsufficientData));
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
