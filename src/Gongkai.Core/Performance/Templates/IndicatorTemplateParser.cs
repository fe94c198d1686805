using System.Text.Json;
using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>Reads an indicator template (format "gongkai.indicators"); refuses one whose weights do not add up to 100 or that names an unknown kind.</summary>
public static class IndicatorTemplateParser
{
    /// <summary>The value of the "format" field.</summary>
    public const string FormatName = "gongkai.indicators";

    /// <summary>Parses a template; throws <see cref="FormatException"/> with a Chinese message.</summary>
    public static IndicatorTemplate Parse(string json, string sourceName)
    {
        IndicatorTemplate template;
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                throw Fail(sourceName, MessageCatalogue.IndicatorTemplateWrongFormat);
            }

            var items = root.GetProperty("indicators").EnumerateArray().Select(i => new IndicatorTemplateItem(
                i.GetProperty("level1").GetString()!,
                i.TryGetProperty("level2", out var l2) ? l2.GetString() : null,
                i.GetProperty("name").GetString()!,
                i.TryGetProperty("target", out var t) ? t.GetString() : null,
                i.GetProperty("weight").GetDecimal(),
                i.TryGetProperty("kind", out var k) ? k.GetString() : null)).ToList();
            template = new IndicatorTemplate(
                root.GetProperty("name").GetString()!,
                root.GetProperty("title").GetString()!,
                root.TryGetProperty("note", out var note) ? note.GetString() : null,
                root.GetProperty("executionWeight").GetDecimal(),
                items);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Fail(sourceName, MessageCatalogue.IndicatorTemplateStructure);
        }

        foreach (var item in template.Items.Where(i => i.Kind is not null && !ScoringRuleSetParser.TryParseKind(i.Kind, out _)))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.ScoringRulesUnknownKind, item.Name, item.Kind,
                string.Join("、", Enum.GetValues<CommonIndicatorKind>().Select(ScoringRuleSetParser.KindName))));
        }

        var sum = template.ExecutionWeight + template.Items.Sum(i => i.Weight);
        if (sum != 100)
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.IndicatorTemplateWeights, PerformanceFigures.Points(sum)));
        }

        return template;
    }

    private static FormatException Fail(string source, string detail) =>
        new(MessageCatalogue.Format(MessageCatalogue.IndicatorTemplateInvalid, source, detail));
}
