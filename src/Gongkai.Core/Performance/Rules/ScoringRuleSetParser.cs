using System.Text.Json;
using Gongkai.Messages;

namespace Gongkai.Performance;

/// <summary>
/// Reads a scoring rule set (format "gongkai.scoring", docs/PERFORMANCE.md). A file is refused whole, with a Chinese
/// message naming the file and the part, when it is not JSON, lacks a field, names an unknown indicator kind or
/// scoring type, or has weights that do not add up to 100: a half-understood rule set would give wrong scores silently.
/// </summary>
public static class ScoringRuleSetParser
{
    /// <summary>The value of the "format" field.</summary>
    public const string FormatName = "gongkai.scoring";

    private static readonly string[] TopFields =
        ["format", "version", "name", "title", "note", "executionRate", "groups", "quantitative", "levels", "grades", "indicators"];

    /// <summary>Parses a rule set; throws <see cref="FormatException"/> with a Chinese message.</summary>
    public static ScoringRuleSet Parse(string json, string sourceName)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException(MessageCatalogue.Format(
                MessageCatalogue.ScoringRulesNotJson, sourceName, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1), e);
        }

        using (doc)
        {
            return new Reader(sourceName).Read(doc.RootElement);
        }
    }

    /// <summary>Parses an indicator kind as written in files (publicFundsControlRate).</summary>
    public static bool TryParseKind(string text, out CommonIndicatorKind kind) =>
        Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !text.All(char.IsDigit);

    /// <summary>The kind as written in files.</summary>
    public static string KindName(CommonIndicatorKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private sealed class Reader(string source)
    {
        public ScoringRuleSet Read(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "（顶层）");
            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != FormatName)
            {
                throw Fail(MessageCatalogue.ScoringRulesWrongFormat);
            }

            CheckFields(root, "（顶层）", TopFields);

            if (Number(root, "version", "（顶层）") != 1)
            {
                throw Fail(MessageCatalogue.ScoringRulesWrongVersion);
            }

            var name = Text(root, "name", "（顶层）");
            var title = OptionalText(root, "title", "（顶层）") ?? name;

            var execution = Required(root, "executionRate", "（顶层）");
            Expect(execution, JsonValueKind.Object, "executionRate");
            CheckFields(execution, "executionRate", ["weight", "capAt", "description"]);
            var executionWeight = NonNegative(execution, "weight", "executionRate");
            var cap = execution.TryGetProperty("capAt", out _) ? NonNegative(execution, "capAt", "executionRate") : 100m;

            var groups = new List<ScoringGroup>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (g, place) in Items(root, "groups"))
            {
                CheckFields(g, place, ["id", "name", "weight", "keywords"]);
                var id = Text(g, "id", place);
                if (!ids.Add(id))
                {
                    throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesDuplicateId, id));
                }

                var keywords = Strings(g, "keywords", place);
                if (keywords.Count == 0)
                {
                    throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, "keywords", MessageCatalogue.ScoringRulesExpectedNonEmptyList));
                }

                groups.Add(new ScoringGroup(id, Text(g, "name", place), NonNegative(g, "weight", place), keywords));
            }

            var sum = executionWeight + groups.Sum(g => g.Weight);
            if (sum != 100)
            {
                throw Fail(MessageCatalogue.Format(
                    MessageCatalogue.ScoringRulesWeightsNot100,
                    Plain(executionWeight),
                    string.Join(" + ", groups.Select(g => g.Name + " " + Plain(g.Weight))),
                    Plain(sum)));
            }

            string? quantitative = null;
            if (root.TryGetProperty("quantitative", out var q))
            {
                Expect(q, JsonValueKind.Object, "quantitative");
                CheckFields(q, "quantitative", ["description"]);
                quantitative = OptionalText(q, "description", "quantitative");
            }

            var levels = new List<QualitativeLevel>();
            foreach (var (l, place) in Items(root, "levels"))
            {
                CheckFields(l, place, ["word", "share"]);
                levels.Add(new QualitativeLevel(Text(l, "word", place), Share(l, place)));
            }

            var grades = new List<GradeBand>();
            foreach (var (g, place) in Items(root, "grades"))
            {
                CheckFields(g, place, ["grade", "minimum"]);
                grades.Add(new GradeBand(Text(g, "grade", place), NonNegative(g, "minimum", place)));
            }

            if (grades.Count == 0 || grades.Min(g => g.Minimum) != 0)
            {
                throw Fail(MessageCatalogue.ScoringRulesGradesIncomplete);
            }

            var indicators = new List<CommonIndicatorRule>();
            foreach (var (r, place) in Items(root, "indicators"))
            {
                CheckFields(r, place, ["id", "kind", "names", "scoring", "source", "description"]);
                var id = Text(r, "id", place);
                if (!ids.Add(id))
                {
                    throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesDuplicateId, id));
                }

                var kindText = Text(r, "kind", place);
                if (!TryParseKind(kindText, out var kind))
                {
                    throw Fail(MessageCatalogue.Format(
                        MessageCatalogue.ScoringRulesUnknownKind, id, kindText, string.Join("、", Enum.GetValues<CommonIndicatorKind>().Select(KindName))));
                }

                indicators.Add(new CommonIndicatorRule(id, kind, Strings(r, "names", place), Scoring(Required(r, "scoring", place), id), OptionalText(r, "source", place)));
            }

            return new ScoringRuleSet(name, title, executionWeight, cap, groups, levels, grades, indicators, quantitative);
        }

        private RateScoring Scoring(JsonElement s, string id)
        {
            var place = id + " 的 scoring";
            Expect(s, JsonValueKind.Object, place);
            CheckFields(s, place, ["type", "limit", "points", "per", "bands"]);
            var type = Text(s, "type", place);
            switch (type)
            {
                case "deductAbove":
                case "deductBelow":
                    var per = NonNegative(s, "per", place);
                    if (per == 0)
                    {
                        throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, "per", MessageCatalogue.ScoringRulesExpectedPositive));
                    }

                    return new RateScoring(
                        type == "deductAbove" ? RateScoringType.DeductAbove : RateScoringType.DeductBelow,
                        Number(s, "limit", place),
                        NonNegative(s, "points", place),
                        per,
                        []);
                case "bands":
                    var bands = new List<RateBand>();
                    foreach (var (b, bandPlace) in Items(s, "bands", place))
                    {
                        CheckFields(b, bandPlace, ["upTo", "share"]);
                        var upTo = Required(b, "upTo", bandPlace);
                        decimal? limit = upTo.ValueKind == JsonValueKind.Null ? null : Number(b, "upTo", bandPlace);
                        bands.Add(new RateBand(limit, Share(b, bandPlace)));
                    }

                    // Bands are searched in order, so they must rise and end open; otherwise some rates would score nothing.
                    for (var i = 0; i < bands.Count; i++)
                    {
                        var last = i == bands.Count - 1;
                        if ((bands[i].UpTo is null) != last || (i > 0 && bands[i].UpTo is { } u && u <= bands[i - 1].UpTo))
                        {
                            throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesBandsOrder, id));
                        }
                    }

                    if (bands.Count == 0)
                    {
                        throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesBandsOrder, id));
                    }

                    return new RateScoring(RateScoringType.Bands, 0, 0, 1, bands);
                default:
                    throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesUnknownScoring, id, type));
            }
        }

        private IEnumerable<(JsonElement Item, string Place)> Items(JsonElement owner, string name, string? ownerPlace = null)
        {
            var list = Required(owner, name, ownerPlace ?? "（顶层）");
            Expect(list, JsonValueKind.Array, name);
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                i++;
                var place = MessageCatalogue.Format(MessageCatalogue.ScoringRulesItemPlace, name, i);
                Expect(item, JsonValueKind.Object, place);
                yield return (item, place);
            }
        }

        private void CheckFields(JsonElement element, string place, string[] allowed)
        {
            foreach (var p in element.EnumerateObject())
            {
                if (Array.IndexOf(allowed, p.Name) < 0)
                {
                    throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesUnknownField, place, p.Name));
                }
            }
        }

        private JsonElement Required(JsonElement owner, string name, string place) =>
            owner.TryGetProperty(name, out var value)
                ? value
                : throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldMissing, place, name));

        private string Text(JsonElement owner, string name, string place)
        {
            var value = Required(owner, name, place);
            if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, name, MessageCatalogue.ScoringRulesExpectedText));
            }

            return value.GetString()!;
        }

        private string? OptionalText(JsonElement owner, string name, string place) =>
            owner.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? Text(owner, name, place) : null;

        private List<string> Strings(JsonElement owner, string name, string place)
        {
            var value = Required(owner, name, place);
            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(v.GetString())))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, name, MessageCatalogue.ScoringRulesExpectedTextList));
            }

            return [.. value.EnumerateArray().Select(v => v.GetString()!)];
        }

        private decimal Number(JsonElement owner, string name, string place)
        {
            var value = Required(owner, name, place);
            if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var n))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, name, MessageCatalogue.ScoringRulesExpectedNumber));
            }

            return n;
        }

        private decimal NonNegative(JsonElement owner, string name, string place)
        {
            var n = Number(owner, name, place);
            return n >= 0 ? n : throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, name, MessageCatalogue.ScoringRulesExpectedNonNegative));
        }

        private decimal Share(JsonElement owner, string place)
        {
            var n = Number(owner, "share", place);
            return n is >= 0 and <= 1 ? n : throw Fail(MessageCatalogue.Format(MessageCatalogue.ScoringRulesFieldInvalid, place, "share", MessageCatalogue.ScoringRulesExpectedShare));
        }

        private void Expect(JsonElement element, JsonValueKind kind, string place)
        {
            if (element.ValueKind != kind)
            {
                throw Fail(MessageCatalogue.Format(
                    MessageCatalogue.ScoringRulesPartInvalid,
                    place,
                    kind == JsonValueKind.Array ? MessageCatalogue.ScoringRulesExpectedList : MessageCatalogue.ScoringRulesExpectedObject));
            }
        }

        private FormatException Fail(string detail) =>
            new(MessageCatalogue.Format(MessageCatalogue.ScoringRulesInvalid, source, detail));

        private static string Plain(decimal d) => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
    }
}
