using System.Text.Json;
using System.Text.RegularExpressions;
using Gongkai.Documents.Canonical;
using Gongkai.Model;

namespace Gongkai.Documents.Tests.Canonical;

/// <summary>docs/schema/gongkai-report-v1.schema.json says what the reader and writer do.</summary>
public sealed class CanonicalSchemaTests
{
    private static readonly JsonElement Schema =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InRepository("docs", "schema", "gongkai-report-v1.schema.json"))).RootElement;

    [Fact]
    public void Schema_names_the_format_version_and_table_codes_of_the_code()
    {
        var properties = Schema.GetProperty("properties");
        Assert.Equal(CanonicalFormat.Name, properties.GetProperty("format").GetProperty("const").GetString());
        Assert.Equal(CanonicalFormat.Version, properties.GetProperty("version").GetProperty("const").GetInt32());
        var codes = Schema.GetProperty("$defs").GetProperty("table").GetProperty("properties").GetProperty("table")
            .GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(DisclosureTableKinds.All.Select(k => k.ShortCode()), codes);
    }

    [Theory]
    [InlineData("GrandTotal.Change")]
    [InlineData("Item.2010101.Deviation")]
    [InlineData("OfficialReception.Use")]
    [InlineData("AgencyOperatingCost.Note")]
    [InlineData("GrandTotal")]
    [InlineData("GrandTotal.Reason")]
    [InlineData("Item.20101x.Change")]
    [InlineData("Item..Change")]
    [InlineData("1Total.Change")]
    [InlineData("Grand Total.Change")]
    public void Reason_key_pattern_of_the_schema_agrees_with_the_reader(string key)
    {
        var pattern = Schema.GetProperty("properties").GetProperty("reasons").GetProperty("propertyNames").GetProperty("pattern").GetString()!;
        Assert.Equal(Regex.IsMatch(key, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)), CanonicalFormat.IsValidReasonKey(key));
    }

    [Fact]
    public void Every_field_the_writer_emits_is_declared_in_the_schema()
    {
        var declared = new HashSet<string>(StringComparer.Ordinal);
        CollectDeclared(Schema, declared);
        var used = new HashSet<string>(StringComparer.Ordinal);
        using var sample = JsonDocument.Parse(SeedSample.Text);
        CollectUsed(sample.RootElement, used);
        Assert.NotEmpty(used);
        Assert.Empty(used.Except(declared));
    }

    private static void CollectDeclared(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "properties")
                {
                    names.UnionWith(property.Value.EnumerateObject().Select(p => p.Name));
                }

                CollectDeclared(property.Value, names);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectDeclared(item, names);
            }
        }
    }

    private static void CollectUsed(JsonElement element, HashSet<string> names)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                names.Add(property.Name);

                // Maps keyed by data (column numbers, reason keys) are not field names.
                if (property.Name is not ("cells" or "unreadable" or "reasons"))
                {
                    CollectUsed(property.Value, names);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                CollectUsed(item, names);
            }
        }
    }
}
