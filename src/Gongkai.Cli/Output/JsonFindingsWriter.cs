using Gongkai.Cli.Commands;
using Gongkai.Documents.Auditing;

namespace Gongkai.Cli.Output;

/// <summary>Prints findings for programs, in the JSON form the web API answers with too (<see cref="AuditJson"/>).</summary>
public static class JsonFindingsWriter
{
    /// <summary>Writes the documents as one JSON object.</summary>
    public static void Write(IReadOnlyList<AuditedDocument> documents, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = AuditJson.CreateWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("documents");
            foreach (var d in documents)
            {
                if (d.ReadError is not null)
                {
                    AuditJson.WriteUnreadable(w, d.Path, d.ReadError);
                }
                else
                {
                    AuditJson.WriteDocument(w, d.Path, d.Report!, d.Result!, d.Read);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
