using System.Text.Json;
using Gongkai.Checks.Expressions;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>
/// Reads a rule set file (rules/*.json, format "gongkai.rules") and compiles every rule once. A malformed file or
/// expression is refused whole, with a Chinese message naming the rule and the position.
/// </summary>
public static class RuleSetParser
{
    /// <summary>Parses and compiles; throws <see cref="FormatException"/> with a Chinese message.</summary>
    public static RuleSet Parse(string json, string sourceName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleSetMalformed, sourceName, e.Message), e);
        }

        using (doc)
        {
            try
            {
                var root = doc.RootElement;
                if (root.GetProperty("format").GetString() != "gongkai.rules")
                {
                    throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleSetMalformed, sourceName, "format 应为 gongkai.rules"));
                }

                var kind = Enum.Parse<DisclosureKind>(root.GetProperty("disclosureKind").GetString()!);
                var region = root.GetProperty("region").GetString() ?? "default";
                var from = root.GetProperty("fromYear").GetInt32();
                int? to = root.TryGetProperty("toYear", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : null;
                var tolerance = Tolerance.Default;
                if (root.TryGetProperty("tolerance", out var tol))
                {
                    tolerance = new Tolerance(tol.GetProperty("minimum").GetDecimal(), tol.GetProperty("perAddend").GetDecimal());
                }

                var rules = new List<CheckRule>();
                var ids = new HashSet<string>(StringComparer.Ordinal);
                foreach (var r in root.GetProperty("rules").EnumerateArray())
                {
                    var rule = ParseRule(r);
                    if (!ids.Add(rule.Id))
                    {
                        throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleSetMalformed, sourceName, "规则编号重复：" + rule.Id));
                    }

                    rules.Add(rule);
                }

                return new RuleSet(sourceName, kind, region, from, to, tolerance, rules);
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException)
            {
                throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleSetMalformed, sourceName, e.Message), e);
            }
        }
    }

    private static CheckRule ParseRule(JsonElement r)
    {
        var id = r.GetProperty("id").GetString()!;
        var severity = Enum.Parse<Severity>(r.GetProperty("severity").GetString()!, ignoreCase: true);
        var description = r.GetProperty("description").GetString()!;
        var kind = r.TryGetProperty("kind", out var k) ? k.GetString() : "expression";
        switch (kind)
        {
            case "expression":
                var text = r.GetProperty("check").GetString()!;
                var forEach = new List<KeyValuePair<string, string>>();
                if (r.TryGetProperty("forEach", out var fe))
                {
                    foreach (var p in fe.EnumerateObject())
                    {
                        forEach.Add(new(p.Name, p.Value.GetString()!));
                    }
                }

                HashSet<UnitKind>? unitKinds = null;
                if (r.TryGetProperty("unitKinds", out var uk))
                {
                    unitKinds = uk.EnumerateArray().Select(x => Enum.Parse<UnitKind>(x.GetString()!)).ToHashSet();
                }

                return new ExpressionRule(id, severity, description, text, RuleExpressionParser.Parse(id, text, forEach), unitKinds);
            case "classification":
                var tableText = r.GetProperty("table").GetString()!;
                if (!DisclosureTableKinds.TryParse(tableText, out var table))
                {
                    throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, id, 1, "未知的表：" + tableText));
                }

                return new Classification.ClassificationCheck(id, severity, description, table);
            case "unreadableCells":
                return new UnreadableCellsCheck(id, severity, description);
            default:
                throw new FormatException(MessageCatalogue.Format(MessageCatalogue.RuleExpressionInvalid, id, 1, "未知的规则类型：" + kind));
        }
    }
}
