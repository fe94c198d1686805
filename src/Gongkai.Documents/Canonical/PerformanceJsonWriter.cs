using System.Text.Json;
using Gongkai.Performance;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// Writes the optional performance parts of the canonical format ("selfEvaluation", "evaluationBaseData";
/// docs/FORMAT.md): every field in a fixed order, null where nothing is printed, amounts with their printed scale,
/// targets and achieved values as printed (the reader parses them again).
/// </summary>
internal static class PerformanceJsonWriter
{
    public static void WriteSheet(Utf8JsonWriter w, SelfEvaluationSheet sheet)
    {
        w.WriteStartObject("selfEvaluation");
        w.WriteString("unitName", sheet.UnitName);
        w.WriteNumber("year", sheet.Year);
        var f = sheet.Funds;
        w.WriteStartObject("funds");
        Funds(w, "total", f.Total);
        Funds(w, "generalBudget", f.GeneralBudget);
        Funds(w, "governmentFund", f.GovernmentFund);
        Funds(w, "specialAccountNonTax", f.SpecialAccountNonTax);
        Funds(w, "other", f.Other);
        Funds(w, "basic", f.Basic);
        Funds(w, "project", f.Project);
        Number(w, "executionWeight", f.ExecutionWeight);
        Number(w, "printedExecutionRate", f.PrintedExecutionRate);
        Number(w, "printedExecutionScore", f.PrintedExecutionScore);
        w.WriteEndObject();
        w.WriteString("annualGoals", sheet.AnnualGoals);
        w.WriteString("achievements", sheet.Achievements);
        w.WriteStartArray("indicators");
        foreach (var i in sheet.Indicators)
        {
            w.WriteStartObject();
            w.WriteString("level1", i.Level1);
            w.WriteString("level2", i.Level2);
            w.WriteString("name", i.Name);
            w.WriteString("target", i.Target?.Text);
            w.WriteString("achieved", i.Achieved?.Text);
            Number(w, "weight", i.Weight);
            Number(w, "printedScore", i.PrintedScore);
            w.WriteString("deviationReason", i.DeviationReason);
            w.WriteString("kind", i.Kind);
            if (i.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("printedGroupWeights");
        foreach (var g in sheet.PrintedGroupWeights)
        {
            w.WriteStartObject();
            w.WriteString("level1", g.Level1);
            w.WriteNumber("weight", g.Weight);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Number(w, "printedTotalWeight", sheet.PrintedTotalWeight);
        Number(w, "printedTotal", sheet.PrintedTotal);
        w.WriteString("printedGrade", sheet.PrintedGrade);
        if (sheet.Narrative is { } n)
        {
            WriteNarrative(w, n);
        }
        else
        {
            w.WriteNull("narrative");
        }

        w.WriteEndObject();
    }

    public static void WriteBaseData(Utf8JsonWriter w, EvaluationBaseData d)
    {
        w.WriteStartObject("evaluationBaseData");
        Number(w, "authorizedHeadcount", d.AuthorizedHeadcount);
        Number(w, "actualHeadcount", d.ActualHeadcount);
        Number(w, "printedHeadcountControlRate", d.PrintedHeadcountControlRate);
        Number(w, "priorYear", d.PriorYear);
        Number(w, "year", d.Year);
        Years(w, "totalSpending", d.TotalSpending);
        Years(w, "basicSpending", d.BasicSpending);
        Years(w, "publicFunds", d.PublicFunds);
        Years(w, "projectSpending", d.ProjectSpending);
        w.WriteStartArray("projects");
        foreach (var p in d.Projects)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            Years(w, "amounts", p.Amounts);
            if (p.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        var t = d.ThreePublic;
        w.WriteStartObject("threePublic");
        Years(w, "total", t.Total);
        Years(w, "vehicles", t.Vehicles);
        Years(w, "vehiclePurchase", t.VehiclePurchase);
        Years(w, "vehicleOperation", t.VehicleOperation);
        Years(w, "outboundTravel", t.OutboundTravel);
        Years(w, "reception", t.Reception);
        w.WriteEndObject();
        Years(w, "procurement", d.Procurement);
        if (d.Buildings is { } b)
        {
            w.WriteStartObject("buildings");
            w.WriteString("project", b.Project);
            Number(w, "approvedArea", b.ApprovedArea);
            Number(w, "actualArea", b.ActualArea);
            Number(w, "printedAreaRate", b.PrintedAreaRate);
            Number(w, "budgetInvestment", b.BudgetInvestment);
            Number(w, "actualInvestment", b.ActualInvestment);
            Number(w, "printedInvestmentRate", b.PrintedInvestmentRate);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("buildings");
        }

        w.WriteString("thriftMeasures", d.ThriftMeasures);
        w.WriteEndObject();
    }

    private static void WriteNarrative(Utf8JsonWriter w, EvaluationNarrative n)
    {
        w.WriteStartObject("narrative");
        w.WriteString("title", n.Title);
        w.WriteString("introduction", n.Introduction);
        w.WriteString("overview", n.Overview);
        w.WriteString("spendingManagement", n.SpendingManagement);
        w.WriteString("performance", n.Performance);
        w.WriteString("problems", n.Problems);
        w.WriteString("measures", n.Measures);
        w.WriteString("resultUse", n.ResultUse);
        w.WriteString("disclosure", n.Disclosure);
        Number(w, "incomeTotal", n.IncomeTotal);
        Items(w, "incomeItems", n.IncomeItems);
        Number(w, "spendingTotal", n.SpendingTotal);
        Items(w, "spendingItems", n.SpendingItems);
        Number(w, "balance", n.Balance);
        w.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter w, string name, List<NarrativeAmount> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStartObject();
            w.WriteString("name", i.Name);
            w.WriteNumber("amount", i.Amount);
            Number(w, "printedShare", i.PrintedShare);
            w.WriteString("use", i.Use);
            if (i.Line is { } line)
            {
                w.WriteNumber("line", line);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Funds(Utf8JsonWriter w, string name, FundAmounts a)
    {
        w.WriteStartObject(name);
        Number(w, "initial", a.Initial);
        Number(w, "annual", a.Annual);
        Number(w, "executed", a.Executed);
        w.WriteEndObject();
    }

    private static void Years(Utf8JsonWriter w, string name, YearAmounts a)
    {
        w.WriteStartObject(name);
        Number(w, "priorFinal", a.PriorFinal);
        Number(w, "budget", a.Budget);
        Number(w, "final", a.Final);
        w.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void Number(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
