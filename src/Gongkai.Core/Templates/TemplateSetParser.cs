using System.Text.Json;
using Gongkai.Model;

namespace Gongkai.Templates;

/// <summary>Reads a template set from its JSON text (templates/*.json).</summary>
public static class TemplateSetParser
{
    /// <summary>Parses the text; throws <see cref="FormatException"/> with a Chinese message on a malformed set.</summary>
    public static TemplateSet Parse(string json, string sourceName)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var kind = Enum.Parse<DisclosureKind>(root.GetProperty("disclosureKind").GetString()!);
            var region = root.GetProperty("region").GetString() ?? "default";
            var from = root.GetProperty("fromYear").GetInt32();
            int? to = root.TryGetProperty("toYear", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : null;
            var tables = new List<TableTemplate>();
            foreach (var table in root.GetProperty("tables").EnumerateArray())
            {
                tables.Add(ParseTable(table));
            }

            return new TemplateSet(kind, region, from, to, tables);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException(Messages.MessageCatalogue.Format(Messages.MessageCatalogue.TemplateMalformed, sourceName, e.Message), e);
        }
    }

    private static TableTemplate ParseTable(JsonElement table)
    {
        var kind = Enum.Parse<DisclosureTableKind>(table.GetProperty("kind").GetString()!);
        var columns = table.GetProperty("columns").EnumerateArray()
            .Select(c => new ColumnTemplate(
                c.GetProperty("number").GetInt32(),
                c.GetProperty("name").GetString()!,
                c.TryGetProperty("group", out var g) ? g.GetString() : null))
            .ToList();
        CodedRowsTemplate? coded = null;
        if (table.TryGetProperty("codedRows", out var cr))
        {
            coded = new CodedRowsTemplate(
                Enum.Parse<CodeScheme>(cr.GetProperty("scheme").GetString()!),
                cr.GetProperty("columns").EnumerateArray().Select(x => x.GetInt32()).ToList(),
                cr.TryGetProperty("side", out var side) ? side.GetString() : null);
        }

        var fixedRows = new List<FixedRowTemplate>();
        if (table.TryGetProperty("fixedRows", out var rows))
        {
            foreach (var r in rows.EnumerateArray())
            {
                fixedRows.Add(new FixedRowTemplate(
                    r.GetProperty("key").GetString()!,
                    r.GetProperty("label").GetString()!,
                    r.GetProperty("columns").EnumerateArray().Select(x => x.GetInt32()).ToList(),
                    r.TryGetProperty("line", out var line) ? line.GetInt32() : null,
                    r.TryGetProperty("aliases", out var al) ? al.EnumerateArray().Select(x => x.GetString()!).ToList() : null,
                    r.TryGetProperty("position", out var pos) && pos.GetString() == "before" ? RowPosition.Before : RowPosition.After,
                    r.TryGetProperty("valueKind", out var vk) && vk.GetString() == "count" ? ValueKind.Count : ValueKind.Amount));
            }
        }

        var titleAliases = table.TryGetProperty("titleAliases", out var ta)
            ? ta.EnumerateArray().Select(x => x.GetString()!).ToList()
            : null;
        return new TableTemplate(
            kind, table.GetProperty("number").GetString()!, table.GetProperty("title").GetString()!, columns, coded, fixedRows, titleAliases);
    }
}
