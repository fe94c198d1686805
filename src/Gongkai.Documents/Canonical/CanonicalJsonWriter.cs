using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Gongkai.Model;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// Writes a report in Gongkai's canonical JSON format (docs/FORMAT.md): indented with two spaces, "\n" line ends,
/// Chinese unescaped, fields in a fixed order, tables in kind order, rows in model order, cells in column order and
/// amounts with the scale they were printed with. The output depends on the report alone, so
/// Write(Read(Write(r))) equals Write(r) and files diff cleanly under version control.
/// </summary>
public static class CanonicalJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // Relaxed escaping keeps 渌口 and “三公” readable; the output is a data file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The canonical text of a report, ending with a newline. The report is written as it is; it is not checked
    /// against the templates (<see cref="CanonicalJsonReader"/> does that when the text is read back).
    /// </summary>
    public static string Write(UnitYearReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            WriteReport(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length) + "\n";
    }

    private static void WriteReport(Utf8JsonWriter w, UnitYearReport report)
    {
        w.WriteStartObject();
        w.WriteString("format", CanonicalFormat.Name);
        w.WriteNumber("version", CanonicalFormat.Version);
        w.WriteString("kind", report.Kind.ToString());
        w.WriteNumber("year", report.Year);
        w.WriteString("printedUnit", CanonicalFormat.UnitWord(report.PrintedUnit));
        w.WriteString("templateRegion", report.TemplateRegion);
        WriteUnit(w, report.Unit);

        w.WriteStartArray("tables");
        foreach (var table in report.Tables)
        {
            WriteTable(w, table);
        }

        w.WriteEndArray();

        w.WriteStartObject("reasons");
        foreach (var (key, text) in report.Reasons)
        {
            w.WriteString(key, text);
        }

        w.WriteEndObject();

        w.WriteStartArray("termDefinitions");
        foreach (var term in report.TermDefinitions)
        {
            w.WriteStartObject();
            w.WriteString("term", term.Term);
            w.WriteString("definition", term.Definition);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // The performance parts are left out when absent, so that reports without them keep their canonical text.
        if (report.SelfEvaluation is { } sheet)
        {
            PerformanceJsonWriter.WriteSheet(w, sheet);
        }

        if (report.EvaluationBaseData is { } baseData)
        {
            PerformanceJsonWriter.WriteBaseData(w, baseData);
        }

        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, BudgetUnit unit)
    {
        w.WriteStartObject("unit");
        w.WriteString("name", unit.Name);
        w.WriteString("region", unit.Region);
        w.WriteString("level", unit.Level);
        w.WriteString("kind", unit.Kind.ToString());
        w.WriteStartArray("duties");
        foreach (var duty in unit.Duties)
        {
            w.WriteStringValue(duty);
        }

        w.WriteEndArray();
        w.WriteString("organisation", unit.Organisation);
        w.WriteString("reportingScope", unit.ReportingScope);
        WriteInteger(w, "authorizedHeadcount", unit.AuthorizedHeadcount);
        WriteInteger(w, "actualHeadcount", unit.ActualHeadcount);
        w.WriteEndObject();
    }

    private static void WriteTable(Utf8JsonWriter w, DisclosureTable table)
    {
        w.WriteStartObject();
        w.WriteString("table", table.Kind.ShortCode());
        w.WriteString("number", table.Number);
        w.WriteString("title", table.Title);
        w.WriteString("departmentField", table.DepartmentField);
        w.WriteString("printedUnit", table.PrintedUnit is { } unit ? CanonicalFormat.UnitWord(unit) : null);
        w.WriteString("emptyStatement", table.EmptyStatement);
        if (table.Source is { } source)
        {
            WriteSource(w, source);
        }

        w.WriteStartArray("rows");
        foreach (var row in table.Rows)
        {
            WriteRow(w, row);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter w, TableRow row)
    {
        w.WriteStartObject();
        w.WriteString("key", row.Key);

        // Row-level optional fields are left out when absent: most rows have neither 行次 nor a source position.
        if (row.Label is not null)
        {
            w.WriteString("label", row.Label);
        }

        if (row.LineNumber is { } line)
        {
            w.WriteNumber("line", line);
        }

        if (row.Source is { } source)
        {
            WriteSource(w, source);
        }

        w.WriteStartObject("cells");
        var cells = row.Cells;
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } amount)
            {
                // decimal keeps its scale through the writer: 24.2 stays 24.2 and 24.20 stays 24.20.
                w.WriteNumber(ColumnName(i + 1), amount);
            }
        }

        w.WriteEndObject();

        if (row.UnreadableCells.Count > 0)
        {
            w.WriteStartObject("unreadable");
            foreach (var (column, text) in row.UnreadableCells.OrderBy(c => c.Key))
            {
                w.WriteString(ColumnName(column), text);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter w, SourcePosition source)
    {
        w.WriteStartObject("source");
        if (source.Line is { } line)
        {
            w.WriteNumber("line", line);
        }

        if (source.Page is { } page)
        {
            w.WriteNumber("page", page);
        }

        if (source.Sheet is { } sheet)
        {
            w.WriteString("sheet", sheet);
        }

        if (source.Cell is { } cell)
        {
            w.WriteString("cell", cell);
        }

        w.WriteEndObject();
    }

    private static void WriteInteger(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string ColumnName(int column) => column.ToString(CultureInfo.InvariantCulture);
}
