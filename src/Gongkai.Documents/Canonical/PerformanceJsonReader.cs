using System.Text.Json;
using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// Reads the optional performance parts of the canonical format as strictly as the rest of it: an unknown field, a
/// text where a number belongs or a missing indicator name is a <see cref="DocumentReadException"/> naming the place.
/// Every field is optional except an indicator's name; a missing one is blank.
/// </summary>
internal sealed class PerformanceJsonReader(string source)
{
    private const string SheetPlace = "绩效自评表（selfEvaluation）";
    private const string BasePlace = "绩效评价基础数据表（evaluationBaseData）";

    public SelfEvaluationSheet ReadSheet(JsonElement e)
    {
        var f = Fields(e, SheetPlace, ["unitName", "year", "funds", "annualGoals", "achievements", "indicators", "printedGroupWeights", "printedTotalWeight", "printedTotal", "printedGrade", "narrative"]);
        var sheet = new SelfEvaluationSheet
        {
            UnitName = Text(f, "unitName", SheetPlace) ?? "",
            Year = Integer(f, "year", SheetPlace) ?? 0,
            AnnualGoals = Text(f, "annualGoals", SheetPlace),
            Achievements = Text(f, "achievements", SheetPlace),
            PrintedTotalWeight = Number(f, "printedTotalWeight", SheetPlace),
            PrintedTotal = Number(f, "printedTotal", SheetPlace),
            PrintedGrade = Text(f, "printedGrade", SheetPlace),
        };
        if (Object(f, "funds", SheetPlace) is { } fundsElement)
        {
            var place = SheetPlace + " funds";
            var ff = Fields(fundsElement, place, ["total", "generalBudget", "governmentFund", "specialAccountNonTax", "other", "basic", "project", "executionWeight", "printedExecutionRate", "printedExecutionScore"]);
            sheet.Funds = new SelfEvaluationFunds
            {
                Total = Funds(ff, "total", place),
                GeneralBudget = Funds(ff, "generalBudget", place),
                GovernmentFund = Funds(ff, "governmentFund", place),
                SpecialAccountNonTax = Funds(ff, "specialAccountNonTax", place),
                Other = Funds(ff, "other", place),
                Basic = Funds(ff, "basic", place),
                Project = Funds(ff, "project", place),
                ExecutionWeight = Number(ff, "executionWeight", place),
                PrintedExecutionRate = Number(ff, "printedExecutionRate", place),
                PrintedExecutionScore = Number(ff, "printedExecutionScore", place),
            };
        }

        var n = 0;
        foreach (var item in Array(f, "indicators", SheetPlace))
        {
            n++;
            var place = MessageCatalogue.Format(MessageCatalogue.PerformanceIndicatorPlace, SheetPlace, n);
            var i = Fields(item, place, ["level1", "level2", "name", "target", "achieved", "weight", "printedScore", "deviationReason", "kind", "line"]);
            var name = Text(i, "name", place);
            if (string.IsNullOrWhiteSpace(name))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldMissing, source, place, "name"));
            }

            var kind = Text(i, "kind", place);
            if (kind is not null && !ScoringRuleSetParser.TryParseKind(kind, out _))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldInvalid, source, MessageCatalogue.Format(MessageCatalogue.PlaceField, place, "kind"),
                    MessageCatalogue.Format(MessageCatalogue.JsonExpectedOneOf, string.Join("、", Enum.GetValues<CommonIndicatorKind>().Select(ScoringRuleSetParser.KindName)))));
            }

            sheet.Indicators.Add(new PerformanceIndicator
            {
                Level1 = Text(i, "level1", place) ?? "",
                Level2 = Text(i, "level2", place),
                Name = name,
                Target = IndicatorTarget.Parse(Text(i, "target", place)),
                Achieved = MeasuredValue.Parse(Text(i, "achieved", place)),
                Weight = Number(i, "weight", place),
                PrintedScore = Number(i, "printedScore", place),
                DeviationReason = Text(i, "deviationReason", place),
                Kind = kind,
                Line = Integer(i, "line", place),
            });
        }

        foreach (var item in Array(f, "printedGroupWeights", SheetPlace))
        {
            var g = Fields(item, SheetPlace + " printedGroupWeights", ["level1", "weight"]);
            sheet.PrintedGroupWeights.Add(new PrintedGroupWeight(
                Text(g, "level1", SheetPlace + " printedGroupWeights") ?? "", Number(g, "weight", SheetPlace + " printedGroupWeights") ?? 0));
        }

        if (Object(f, "narrative", SheetPlace) is { } narrative)
        {
            sheet.Narrative = ReadNarrative(narrative);
        }

        return sheet;
    }

    public EvaluationBaseData ReadBaseData(JsonElement e)
    {
        var place = BasePlace;
        var f = Fields(e, place, ["authorizedHeadcount", "actualHeadcount", "printedHeadcountControlRate", "priorYear", "year", "totalSpending", "basicSpending", "publicFunds", "projectSpending", "projects", "threePublic", "procurement", "buildings", "thriftMeasures"]);
        var d = new EvaluationBaseData
        {
            AuthorizedHeadcount = Integer(f, "authorizedHeadcount", place),
            ActualHeadcount = Integer(f, "actualHeadcount", place),
            PrintedHeadcountControlRate = Number(f, "printedHeadcountControlRate", place),
            PriorYear = Integer(f, "priorYear", place),
            Year = Integer(f, "year", place),
            TotalSpending = Years(f, "totalSpending", place),
            BasicSpending = Years(f, "basicSpending", place),
            PublicFunds = Years(f, "publicFunds", place),
            ProjectSpending = Years(f, "projectSpending", place),
            Procurement = Years(f, "procurement", place),
            ThriftMeasures = Text(f, "thriftMeasures", place),
        };
        foreach (var item in Array(f, "projects", place))
        {
            var p = Fields(item, place + " projects", ["name", "amounts", "line"]);
            d.Projects.Add(new BaseDataProject(Text(p, "name", place + " projects") ?? "", Years(p, "amounts", place + " projects"), Integer(p, "line", place + " projects")));
        }

        if (Object(f, "threePublic", place) is { } three)
        {
            var tp = place + " threePublic";
            var t = Fields(three, tp, ["total", "vehicles", "vehiclePurchase", "vehicleOperation", "outboundTravel", "reception"]);
            d.ThreePublic = new ThreePublicCosts
            {
                Total = Years(t, "total", tp),
                Vehicles = Years(t, "vehicles", tp),
                VehiclePurchase = Years(t, "vehiclePurchase", tp),
                VehicleOperation = Years(t, "vehicleOperation", tp),
                OutboundTravel = Years(t, "outboundTravel", tp),
                Reception = Years(t, "reception", tp),
            };
        }

        if (Object(f, "buildings", place) is { } buildings)
        {
            var bp = place + " buildings";
            var b = Fields(buildings, bp, ["project", "approvedArea", "actualArea", "printedAreaRate", "budgetInvestment", "actualInvestment", "printedInvestmentRate"]);
            d.Buildings = new BuildingControl
            {
                Project = Text(b, "project", bp),
                ApprovedArea = Number(b, "approvedArea", bp),
                ActualArea = Number(b, "actualArea", bp),
                PrintedAreaRate = Number(b, "printedAreaRate", bp),
                BudgetInvestment = Number(b, "budgetInvestment", bp),
                ActualInvestment = Number(b, "actualInvestment", bp),
                PrintedInvestmentRate = Number(b, "printedInvestmentRate", bp),
            };
        }

        return d;
    }

    private EvaluationNarrative ReadNarrative(JsonElement e)
    {
        var place = SheetPlace + " narrative";
        var f = Fields(e, place, ["title", "introduction", "overview", "spendingManagement", "performance", "problems", "measures", "resultUse", "disclosure", "incomeTotal", "incomeItems", "spendingTotal", "spendingItems", "balance"]);
        return new EvaluationNarrative
        {
            Title = Text(f, "title", place),
            Introduction = Text(f, "introduction", place),
            Overview = Text(f, "overview", place),
            SpendingManagement = Text(f, "spendingManagement", place),
            Performance = Text(f, "performance", place),
            Problems = Text(f, "problems", place),
            Measures = Text(f, "measures", place),
            ResultUse = Text(f, "resultUse", place),
            Disclosure = Text(f, "disclosure", place),
            IncomeTotal = Number(f, "incomeTotal", place),
            IncomeItems = Items(f, "incomeItems", place),
            SpendingTotal = Number(f, "spendingTotal", place),
            SpendingItems = Items(f, "spendingItems", place),
            Balance = Number(f, "balance", place),
        };
    }

    private List<NarrativeAmount> Items(Dictionary<string, JsonElement> f, string name, string place)
    {
        var list = new List<NarrativeAmount>();
        foreach (var item in Array(f, name, place))
        {
            var p = place + " " + name;
            var i = Fields(item, p, ["name", "amount", "printedShare", "use", "line"]);
            var amount = Number(i, "amount", p) ?? throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldMissing, source, p, "amount"));
            list.Add(new NarrativeAmount(Text(i, "name", p) ?? "", amount, Number(i, "printedShare", p), Text(i, "use", p), Integer(i, "line", p)));
        }

        return list;
    }

    private FundAmounts Funds(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (Object(f, name, place) is not { } e)
        {
            return FundAmounts.Empty;
        }

        var p = place + " " + name;
        var a = Fields(e, p, ["initial", "annual", "executed"]);
        return new FundAmounts(Number(a, "initial", p), Number(a, "annual", p), Number(a, "executed", p));
    }

    private YearAmounts Years(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (Object(f, name, place) is not { } e)
        {
            return YearAmounts.Empty;
        }

        var p = place + " " + name;
        var a = Fields(e, p, ["priorFinal", "budget", "final"]);
        return new YearAmounts(Number(a, "priorFinal", p), Number(a, "budget", p), Number(a, "final", p));
    }

    private Dictionary<string, JsonElement> Fields(JsonElement e, string place, string[] allowed)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(place, "", MessageCatalogue.JsonExpectedObject, e);
        }

        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var p in e.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, p.Name) < 0)
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldUnknown, source, place, p.Name));
            }

            if (!fields.TryAdd(p.Name, p.Value))
            {
                throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldDuplicate, source, place, p.Name));
            }
        }

        return fields;
    }

    private JsonElement? Object(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (!f.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Object ? v : throw Invalid(place, name, MessageCatalogue.JsonExpectedObject, v);
    }

    private IEnumerable<JsonElement> Array(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (!f.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        return v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToList() : throw Invalid(place, name, MessageCatalogue.JsonExpectedArray, v);
    }

    private string? Text(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (!f.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Invalid(place, name, MessageCatalogue.JsonExpectedString, v);
    }

    private decimal? Number(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (!f.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)
            ? d
            : throw Invalid(place, name, MessageCatalogue.PerformanceExpectedNumber, v);
    }

    private int? Integer(Dictionary<string, JsonElement> f, string name, string place)
    {
        if (!f.TryGetValue(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) && i >= 0
            ? i
            : throw Invalid(place, name, MessageCatalogue.JsonExpectedInteger, v);
    }

    private DocumentReadException Invalid(string place, string name, string expected, JsonElement actual)
    {
        var raw = actual.GetRawText();
        var fieldPlace = name.Length == 0 ? place : MessageCatalogue.Format(MessageCatalogue.PlaceField, place, name);
        return Fail(MessageCatalogue.Format(MessageCatalogue.JsonFieldInvalid, source, fieldPlace,
            MessageCatalogue.Format(MessageCatalogue.JsonValueWas, expected, raw.Length > 40 ? raw[..40] + "…" : raw)));
    }

    private DocumentReadException Fail(string message) => new(message, source);
}
