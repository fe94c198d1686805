using System.Text.Json;
using Gongkai.Checks;
using Gongkai.Messages;

namespace Gongkai.Supervision;

/// <summary>
/// Reads a red-flag rule set from JSON (<c>{"format":"gongkai.red-flags","version":1,"name",…,"flags":[{"id",
/// "severity","indicator","operator","threshold","description"}]}</c>). Anything wrong is refused with a Chinese
/// <see cref="FormatException"/> naming the file and the flag.
/// </summary>
public static class RedFlagRuleSetParser
{
    /// <summary>Parses the text of <paramref name="sourceName"/>.</summary>
    public static RedFlagRuleSet Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "format") != "gongkai.red-flags")
            {
                throw Fail(sourceName, MessageCatalogue.RedFlagsWrongFormat);
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != 1)
            {
                throw Fail(sourceName, MessageCatalogue.RedFlagsWrongVersion);
            }

            if (!root.TryGetProperty("flags", out var flags) || flags.ValueKind != JsonValueKind.Array)
            {
                throw Fail(sourceName, MessageCatalogue.RedFlagsNoFlags);
            }

            var rules = new List<RedFlagRule>();
            var n = 0;
            foreach (var flag in flags.EnumerateArray())
            {
                n++;
                rules.Add(ParseFlag(flag, n, sourceName, rules));
            }

            return new RedFlagRuleSet(Text(root, "name") ?? Path.GetFileNameWithoutExtension(sourceName), 1, rules);
        }
        catch (JsonException e)
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsNotJson, e.LineNumber + 1, e.BytePositionInLine + 1));
        }
        catch (InvalidOperationException e)
        {
            throw Fail(sourceName, e.Message);
        }
    }

    private static RedFlagRule ParseFlag(JsonElement flag, int n, string sourceName, List<RedFlagRule> earlier)
    {
        if (flag.ValueKind != JsonValueKind.Object)
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsFlagNotObject, n));
        }

        var id = Text(flag, "id");
        if (string.IsNullOrWhiteSpace(id))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsFieldMissing, n, "id"));
        }

        if (earlier.Any(r => r.Id == id))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsDuplicateId, id));
        }

        var indicator = Text(flag, "indicator");
        if (indicator is null || !UnitYearIndicators.IsKnown(indicator))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsUnknownIndicator, id, indicator ?? "", string.Join(", ", UnitYearIndicators.Names)));
        }

        var op = Text(flag, "operator");
        if (op is null || !RedFlagRule.Operators.Contains(op))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsBadOperator, id, op ?? "", string.Join(" ", RedFlagRule.Operators)));
        }

        if (!flag.TryGetProperty("threshold", out var threshold) || threshold.ValueKind != JsonValueKind.Number || !threshold.TryGetDecimal(out var value))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsBadThreshold, id));
        }

        var severity = Text(flag, "severity") ?? "warning";
        var parsed = severity switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "notice" => Severity.Notice,
            _ => throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsBadSeverity, id, severity)),
        };
        var description = Text(flag, "description");
        if (string.IsNullOrWhiteSpace(description))
        {
            throw Fail(sourceName, MessageCatalogue.Format(MessageCatalogue.RedFlagsFieldMissing, n, "description"));
        }

        return new RedFlagRule(id, parsed, indicator, op, value, description);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static FormatException Fail(string source, string detail) =>
        new(MessageCatalogue.Format(MessageCatalogue.RedFlagsMalformed, source, detail));
}
