using System.Globalization;
using System.Text.Json;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// The second pass of <see cref="CanonicalJsonReader"/>: turns a syntactically valid JSON tree into a
/// <see cref="UnitYearReport"/>, checking every field against the format and every row and cell against the template
/// set that applies to the report. Strict on purpose: a misspelt field or an amount that is not a number would otherwise
/// vanish silently, and a blank where the unit printed a figure is a wrong audit.
/// </summary>
internal sealed class CanonicalModelBuilder
{
    private static readonly string[] TopFields =
        ["format", "version", "kind", "year", "printedUnit", "templateRegion", "unit", "tables", "reasons", "termDefinitions", "selfEvaluation", "evaluationBaseData"];

    private static readonly string[] UnitFields =
        ["name", "region", "level", "kind", "duties", "organisation", "reportingScope", "authorizedHeadcount", "actualHeadcount"];

    private static readonly string[] TableFields =
        ["table", "number", "title", "departmentField", "printedUnit", "emptyStatement", "source", "rows"];

    private static readonly string[] RowFields = ["key", "label", "line", "source", "cells", "unreadable"];
    private static readonly string[] SourceFields = ["line", "page", "sheet", "cell"];
    private static readonly string[] TermFields = ["term", "definition"];

    private const NumberStyles AmountStyles =
        NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite | NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    private const int MaxQuotedLength = 40;

    private readonly string source;
    private readonly TemplateLibrary library;

    /// <summary>Creates a builder for one input.</summary>
    internal CanonicalModelBuilder(string sourceName, TemplateLibrary library)
    {
        source = sourceName;
        this.library = library;
    }

    /// <summary>Builds the report from the root of the document.</summary>
    internal UnitYearReport Build(JsonElement root)
    {
        // The format marker is checked before anything else so that a foreign JSON file gets one clear message.
        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("format", out var format)
            || format.ValueKind != JsonValueKind.String
            || format.GetString() != CanonicalFormat.Name)
        {
            throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonWrongFormat, source));
        }

        var place = MessageCatalogue.PlaceTop;
        var top = Fields(root, place, TopFields);
        var version = Required(top, "version", place);
        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != CanonicalFormat.Version)
        {
            throw Fail(MessageCatalogue.Format(
                MessageCatalogue.JsonUnsupportedVersion, source, Quote(version.GetRawText()), CanonicalFormat.Version));
        }

        var report = new UnitYearReport
        {
            Kind = EnumValue<DisclosureKind>(Required(top, "kind", place), place, "kind"),
            Year = Integer(Required(top, "year", place), place, "year", 1900, 2100),
            PrintedUnit = Optional(top, "printedUnit") is { } unit ? UnitWord(unit, place, "printedUnit") ?? AmountUnit.Wan : AmountUnit.Wan,
            TemplateRegion = OptionalString(top, "templateRegion", place),
            Unit = ReadUnit(Required(top, "unit", place)),
        };

        ReadTables(Required(top, "tables", place), report, library.For(report));
        if (Optional(top, "reasons") is { } reasons)
        {
            ReadReasons(reasons, report);
        }

        if (Optional(top, "termDefinitions") is { } terms)
        {
            ReadTerms(terms, report);
        }

        if (Optional(top, "selfEvaluation") is { ValueKind: not JsonValueKind.Null } sheet)
        {
            report.SelfEvaluation = new PerformanceJsonReader(source).ReadSheet(sheet);
        }

        if (Optional(top, "evaluationBaseData") is { ValueKind: not JsonValueKind.Null } baseData)
        {
            report.EvaluationBaseData = new PerformanceJsonReader(source).ReadBaseData(baseData);
        }

        return report;
    }

    private BudgetUnit ReadUnit(JsonElement element)
    {
        ExpectKind(element, JsonValueKind.Object, MessageCatalogue.PlaceTop, "unit");
        var place = MessageCatalogue.PlaceUnit;
        var fields = Fields(element, place, UnitFields);
        var unit = new BudgetUnit
        {
            Name = RequiredString(fields, "name", place),
            Region = OptionalString(fields, "region", place),
            Level = OptionalString(fields, "level", place),
            Kind = Optional(fields, "kind") is { } kind ? EnumValue<UnitKind>(kind, place, "kind") : UnitKind.Unknown,
            Organisation = OptionalString(fields, "organisation", place),
            ReportingScope = OptionalString(fields, "reportingScope", place),
            AuthorizedHeadcount = OptionalInteger(fields, "authorizedHeadcount", place, 0, int.MaxValue),
            ActualHeadcount = OptionalInteger(fields, "actualHeadcount", place, 0, int.MaxValue),
        };
        if (Optional(fields, "duties") is { } duties)
        {
            ExpectKind(duties, JsonValueKind.Array, place, "duties");
            foreach (var duty in duties.EnumerateArray())
            {
                ExpectKind(duty, JsonValueKind.String, place, "duties");
                unit.Duties.Add(duty.GetString()!);
            }
        }

        return unit;
    }

    private void ReadTables(JsonElement tables, UnitYearReport report, TemplateSet set)
    {
        ExpectKind(tables, JsonValueKind.Array, MessageCatalogue.PlaceTop, "tables");
        var i = 0;
        foreach (var element in tables.EnumerateArray())
        {
            i++;
            var itemPlace = MessageCatalogue.Format(MessageCatalogue.PlaceTableItem, i);
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(itemPlace, MessageCatalogue.JsonExpectedObject, element);
            }

            var fields = Fields(element, itemPlace, TableFields);
            var id = RequiredString(fields, "table", itemPlace);

            // Only the exact short code: the canonical form has one spelling, so a file never depends on leniency.
            if (!DisclosureTableKinds.TryParse(id, out var kind) || kind.ShortCode() != id || set.Table(kind) is not { } template)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.UnknownTable, source, Quote(id)));
            }

            if (report.Table(kind) is not null)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.TableDuplicate, source, id));
            }

            var place = MessageCatalogue.Format(MessageCatalogue.PlaceTable, template.Number, id);
            var table = report.GetOrAddTable(kind);
            table.Number = OptionalString(fields, "number", place);
            table.Title = OptionalString(fields, "title", place);
            table.DepartmentField = OptionalString(fields, "departmentField", place);
            table.PrintedUnit = Optional(fields, "printedUnit") is { } unit ? UnitWord(unit, place, "printedUnit") : null;
            table.EmptyStatement = OptionalString(fields, "emptyStatement", place);
            table.Source = Optional(fields, "source") is { } position ? ReadSource(position, place) : null;
            if (Optional(fields, "rows") is { } rows)
            {
                ReadRows(rows, table, template, place);
            }
        }
    }

    private void ReadRows(JsonElement rows, DisclosureTable table, TableTemplate template, string tablePlace)
    {
        ExpectKind(rows, JsonValueKind.Array, tablePlace, "rows");
        var j = 0;
        foreach (var element in rows.EnumerateArray())
        {
            j++;
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(MessageCatalogue.Format(MessageCatalogue.PlaceRowItem, tablePlace, j), MessageCatalogue.JsonExpectedObject, element);
            }

            // Name the row by its key when it has one, even while its other fields are still being checked.
            var itemPlace = element.TryGetProperty("key", out var given) && given.ValueKind == JsonValueKind.String
                ? MessageCatalogue.Format(MessageCatalogue.PlaceRow, tablePlace, Quote(given.GetString()!))
                : MessageCatalogue.Format(MessageCatalogue.PlaceRowItem, tablePlace, j);

            var fields = Fields(element, itemPlace, RowFields);
            var key = RequiredString(fields, "key", itemPlace);
            CheckKey(key, template, tablePlace);
            if (table.Find(key) is not null)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.DuplicateRow, source, tablePlace, Quote(key)));
            }

            var place = MessageCatalogue.Format(MessageCatalogue.PlaceRow, tablePlace, Quote(key));
            var row = new TableRow(key, OptionalString(fields, "label", place), template.ColumnCount)
            {
                LineNumber = OptionalInteger(fields, "line", place, 1, 9999),
                Source = Optional(fields, "source") is { } position ? ReadSource(position, place) : null,
            };
            if (Optional(fields, "cells") is { } cells)
            {
                ReadCells(cells, row, template, tablePlace, place);
            }

            if (Optional(fields, "unreadable") is { } unreadable)
            {
                ReadUnreadable(unreadable, row, template, tablePlace, place);
            }

            table.Add(row);
        }
    }

    private void CheckKey(string key, TableTemplate template, string tablePlace)
    {
        if (TableRow.IsCode(key))
        {
            if (template.CodedRows.Scheme == CodeScheme.None)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.CodedRowNotAllowed, source, tablePlace, Quote(key)));
            }
        }
        else if (template.FixedRow(key) is null)
        {
            throw Fail(MessageCatalogue.Format(MessageCatalogue.UnknownRowKey, source, tablePlace, Quote(key)));
        }
    }

    private void ReadCells(JsonElement cells, TableRow row, TableTemplate template, string tablePlace, string rowPlace)
    {
        ExpectKind(cells, JsonValueKind.Object, rowPlace, "cells");
        var isCount = template.FixedRow(row.Key)?.ValueKind == ValueKind.Count;
        foreach (var (name, value) in Properties(cells, MessageCatalogue.Format(MessageCatalogue.PlaceField, rowPlace, "cells")))
        {
            var column = Column(name, row.Key, template, tablePlace);
            var cellPlace = CellPlace(template, tablePlace, row.Key, column);
            var amount = Amount(value, cellPlace);
            if (isCount && amount is { } count && (count < 0 || count != decimal.Truncate(count)))
            {
                throw Fail(MessageCatalogue.Format(
                    MessageCatalogue.CountNotWhole, source, cellPlace, count.ToString(CultureInfo.InvariantCulture)));
            }

            row[column] = amount;
        }
    }

    private void ReadUnreadable(JsonElement unreadable, TableRow row, TableTemplate template, string tablePlace, string rowPlace)
    {
        ExpectKind(unreadable, JsonValueKind.Object, rowPlace, "unreadable");
        var fieldPlace = MessageCatalogue.Format(MessageCatalogue.PlaceField, rowPlace, "unreadable");
        foreach (var (name, value) in Properties(unreadable, fieldPlace))
        {
            var column = Column(name, row.Key, template, tablePlace);
            var cellPlace = CellPlace(template, tablePlace, row.Key, column);
            if (value.ValueKind != JsonValueKind.String)
            {
                throw Invalid(cellPlace, MessageCatalogue.JsonExpectedString, value);
            }

            if (row[column] is not null)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.CellValueAndUnreadable, source, cellPlace));
            }

            row.MarkUnreadable(column, value.GetString()!);
        }
    }

    private int Column(string name, string key, TableTemplate template, string tablePlace)
    {
        // Canonical column names are plain positive integers ("1", never "01" or "1.0"), so one cell has one spelling.
        var column = name.Length is >= 1 and <= 3 && name[0] is >= '1' and <= '9' && TableRow.IsCode(name)
            ? int.Parse(name, CultureInfo.InvariantCulture)
            : 0;
        if (column == 0 || !template.HasCell(key, column))
        {
            throw Fail(MessageCatalogue.Format(MessageCatalogue.ColumnOutOfRange, source, tablePlace, Quote(key), Quote(name)));
        }

        return column;
    }

    private static string CellPlace(TableTemplate template, string tablePlace, string key, int column) =>
        MessageCatalogue.Format(
            MessageCatalogue.PlaceCell, tablePlace, Quote(key), column, template.Column(column)?.DisplayName ?? "");

    private decimal? Amount(JsonElement value, string cellPlace)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number:
                if (value.TryGetDecimal(out var number))
                {
                    return number;
                }

                throw Fail(MessageCatalogue.Format(MessageCatalogue.AmountOutOfRange, source, cellPlace, Quote(value.GetRawText())));
            case JsonValueKind.String:
                var text = value.GetString()!;
                if (string.IsNullOrWhiteSpace(text))
                {
                    return null;
                }

                if (decimal.TryParse(text, AmountStyles, CultureInfo.InvariantCulture, out var parsed))
                {
                    return parsed;
                }

                throw Fail(MessageCatalogue.Format(MessageCatalogue.AmountNotNumber, source, cellPlace, Quote(text)));
            default:
                throw Fail(MessageCatalogue.Format(MessageCatalogue.AmountNotNumber, source, cellPlace, Quote(value.GetRawText())));
        }
    }

    private SourcePosition ReadSource(JsonElement element, string ownerPlace)
    {
        ExpectKind(element, JsonValueKind.Object, ownerPlace, "source");
        var place = MessageCatalogue.Format(MessageCatalogue.PlaceSource, ownerPlace);
        var fields = Fields(element, place, SourceFields);
        return new SourcePosition(
            OptionalInteger(fields, "line", place, 1, int.MaxValue),
            OptionalInteger(fields, "page", place, 1, int.MaxValue),
            OptionalString(fields, "sheet", place),
            OptionalString(fields, "cell", place));
    }

    private void ReadReasons(JsonElement reasons, UnitYearReport report)
    {
        ExpectKind(reasons, JsonValueKind.Object, MessageCatalogue.PlaceTop, "reasons");
        foreach (var (key, value) in Properties(reasons, MessageCatalogue.PlaceReasons))
        {
            if (!CanonicalFormat.IsValidReasonKey(key))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.ReasonKeyInvalid, source, Quote(key)));
            }

            ExpectKind(value, JsonValueKind.String, MessageCatalogue.PlaceReasons, key);
            report.Reasons[key] = value.GetString()!;
        }
    }

    private void ReadTerms(JsonElement terms, UnitYearReport report)
    {
        ExpectKind(terms, JsonValueKind.Array, MessageCatalogue.PlaceTop, "termDefinitions");
        var i = 0;
        foreach (var element in terms.EnumerateArray())
        {
            i++;
            var place = MessageCatalogue.Format(MessageCatalogue.PlaceTermItem, i);
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw Invalid(place, MessageCatalogue.JsonExpectedObject, element);
            }

            var fields = Fields(element, place, TermFields);
            report.TermDefinitions.Add(new TermDefinition(
                RequiredString(fields, "term", place), RequiredString(fields, "definition", place)));
        }
    }

    // ---- generic field access -------------------------------------------------------------------------------------

    private Dictionary<string, JsonElement> Fields(JsonElement element, string place, string[] allowed)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in Properties(element, place))
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldUnknown, source, place, Quote(name)));
            }

            fields[name] = value;
        }

        return fields;
    }

    /// <summary>The properties of an object, refusing a name given twice (JSON readers disagree on which one wins).</summary>
    private List<(string Name, JsonElement Value)> Properties(JsonElement element, string place)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<(string, JsonElement)>();
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldDuplicate, source, place, Quote(property.Name)));
            }

            list.Add((property.Name, property.Value));
        }

        return list;
    }

    private static JsonElement? Optional(Dictionary<string, JsonElement> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : null;

    private JsonElement Required(Dictionary<string, JsonElement> fields, string name, string place) =>
        fields.TryGetValue(name, out var value)
            ? value
            : throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldMissing, source, place, name));

    private string RequiredString(Dictionary<string, JsonElement> fields, string name, string place)
    {
        var value = Required(fields, name, place);
        ExpectKind(value, JsonValueKind.String, place, name);
        return value.GetString()!;
    }

    private string? OptionalString(Dictionary<string, JsonElement> fields, string name, string place)
    {
        if (Optional(fields, name) is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        ExpectKind(value, JsonValueKind.String, place, name);
        return value.GetString();
    }

    private int? OptionalInteger(Dictionary<string, JsonElement> fields, string name, string place, int min, int max) =>
        Optional(fields, name) is { ValueKind: not JsonValueKind.Null } value ? Integer(value, place, name, min, max) : null;

    private int Integer(JsonElement value, string place, string name, int min, int max)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        var expected = max == int.MaxValue
            ? MessageCatalogue.JsonExpectedInteger
            : MessageCatalogue.Format(MessageCatalogue.JsonExpectedIntegerRange, min, max);
        throw Invalid(MessageCatalogue.Format(MessageCatalogue.PlaceField, place, name), expected, value);
    }

    private T EnumValue<T>(JsonElement value, string place, string name)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        if (value.ValueKind == JsonValueKind.String && Array.IndexOf(names, value.GetString()) >= 0)
        {
            return Enum.Parse<T>(value.GetString()!);
        }

        var expected = MessageCatalogue.Format(MessageCatalogue.JsonExpectedOneOf, string.Join("、", names));
        throw Invalid(MessageCatalogue.Format(MessageCatalogue.PlaceField, place, name), expected, value);
    }

    private AmountUnit? UnitWord(JsonElement value, string place, string name)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && CanonicalFormat.TryParseUnitWord(value.GetString(), out var unit))
        {
            return unit;
        }

        var expected = MessageCatalogue.Format(MessageCatalogue.JsonExpectedOneOf, "万元、元");
        throw Invalid(MessageCatalogue.Format(MessageCatalogue.PlaceField, place, name), expected, value);
    }

    private void ExpectKind(JsonElement value, JsonValueKind kind, string place, string name)
    {
        if (value.ValueKind == kind)
        {
            return;
        }

        var expected = kind switch
        {
            JsonValueKind.Object => MessageCatalogue.JsonExpectedObject,
            JsonValueKind.Array => MessageCatalogue.JsonExpectedArray,
            _ => MessageCatalogue.JsonExpectedString,
        };
        throw Invalid(MessageCatalogue.Format(MessageCatalogue.PlaceField, place, name), expected, value);
    }

    private DocumentReadException Invalid(string fieldPlace, string expected, JsonElement actual) =>
        Fail(MessageCatalogue.Format(
            MessageCatalogue.JsonFieldInvalid,
            source,
            fieldPlace,
            MessageCatalogue.Format(MessageCatalogue.JsonValueWas, expected, Quote(actual.GetRawText()))));

    /// <summary>User text shortened for a message, so that a megabyte string does not become a megabyte message.</summary>
    private static string Quote(string text)
    {
        if (text.Length <= MaxQuotedLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxQuotedLength - 1]) ? MaxQuotedLength - 1 : MaxQuotedLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    private DocumentReadException Fail(string message) => new(message, source);
}
