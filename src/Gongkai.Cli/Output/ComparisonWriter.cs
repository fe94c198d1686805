using System.Globalization;
using System.Text;
using Gongkai.Checks;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.OpenData;
using Gongkai.Formatting;
using Gongkai.Messages;
using Gongkai.Supervision;

namespace Gongkai.Cli.Output;

/// <summary>Prints the result of <c>gongkai compare</c> as text, JSON or CSV.</summary>
public static class ComparisonWriter
{
    /// <summary>Writes <paramref name="result"/> in <paramref name="format"/>.</summary>
    public static void Write(ComparisonResult result, RedFlagRuleSet rules, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                Json(result, rules, output);
                break;
            case "csv":
                Csv(result, output);
                break;
            default:
                Text(result, rules, output);
                break;
        }
    }

    private static string Kind(Model.DisclosureKind kind) =>
        kind == Model.DisclosureKind.Budget ? MessageCatalogue.ReadingKindBudget : MessageCatalogue.ReadingKindFinalAccounts;

    private static void Text(ComparisonResult result, RedFlagRuleSet rules, TextWriter output)
    {
        output.WriteLine(MessageCatalogue.CompareIndicatorsHeader);
        foreach (var row in result.Indicators)
        {
            output.WriteLine($"  {MessageCatalogue.Format(MessageCatalogue.SupervisionUnitYear, row.Unit, row.Year)}（{Kind(row.Kind)}）");
            foreach (var name in UnitYearIndicators.Names)
            {
                if (row.Value(name) is { } v)
                {
                    output.WriteLine($"    {RedFlagEvaluator.IndicatorName(name)}：{RedFlagEvaluator.Show(name, v)}");
                }
            }

            if (row.SelfEvaluationGrade is { } grade)
            {
                output.WriteLine($"    {RedFlagEvaluator.IndicatorName("selfEvaluationGrade")}：{grade}");
            }

            if (row.SpendingByClass.Count > 0)
            {
                output.WriteLine($"    {MessageCatalogue.CompareSpendingByClass}：" + string.Join("；", row.SpendingByClass.Select(c => $"{c.Name}（{c.Code}）{AmountFormat.Amount(c.Amount)}")));
            }
        }

        output.WriteLine(MessageCatalogue.Format(MessageCatalogue.CompareFlagsHeader, rules.Name));
        Findings(result.Flags, output);
        output.WriteLine(MessageCatalogue.CompareCrossHeader);
        Findings(result.CrossDocument, output);
    }

    private static void Findings(IReadOnlyList<Finding> findings, TextWriter output)
    {
        if (findings.Count == 0)
        {
            output.WriteLine(MessageCatalogue.CompareNone);
        }

        foreach (var f in findings)
        {
            output.WriteLine($"  [{MessageCatalogue.SeverityName(f.Severity)}] {f.RuleId} {f.Message}");
        }
    }

    private static void Json(ComparisonResult result, RedFlagRuleSet rules, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = AuditJson.CreateWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("redFlags", rules.Name);
            w.WriteStartArray("indicators");
            foreach (var row in result.Indicators)
            {
                w.WriteStartObject();
                w.WriteString("unit", row.Unit);
                w.WriteNumber("year", row.Year);
                w.WriteString("kind", row.Kind.ToString());
                foreach (var name in UnitYearIndicators.Names)
                {
                    if (row.Value(name) is { } v)
                    {
                        w.WriteNumber(name, UnitYearIndicators.IsRate(name) ? AmountFormat.RoundHalfUp(v, 4) : v);
                    }
                    else
                    {
                        w.WriteNull(name);
                    }
                }

                w.WriteString("selfEvaluationGrade", row.SelfEvaluationGrade);
                w.WriteStartArray("spendingByClass");
                foreach (var c in row.SpendingByClass)
                {
                    w.WriteStartObject();
                    w.WriteString("code", c.Code);
                    w.WriteString("name", c.Name);
                    w.WriteNumber("amount", c.Amount);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("flags");
            foreach (var f in result.Flags)
            {
                AuditJson.WriteFinding(w, f);
            }

            w.WriteEndArray();
            w.WriteStartArray("crossDocument");
            foreach (var f in result.CrossDocument)
            {
                AuditJson.WriteFinding(w, f);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    // One table: "indicators" rows with a column per indicator (rates as ratios to 4 decimals), then "flag" and
    // "cross" rows with the rule, severity and message.
    private static void Csv(ComparisonResult result, TextWriter output)
    {
        var csv = new StringBuilder();
        CsvText.AppendRow(csv, ["record", "unit", "year", "kind", .. UnitYearIndicators.Names, "rule", "severity", "message"]);
        var blanks = UnitYearIndicators.Names.Select(_ => "").ToArray();
        foreach (var row in result.Indicators)
        {
            var values = UnitYearIndicators.Names.Select(n => row.Value(n) is { } v
                ? (UnitYearIndicators.IsRate(n) ? AmountFormat.RoundHalfUp(v, 4) : v).ToString(CultureInfo.InvariantCulture)
                : "");
            CsvText.AppendRow(csv, ["indicators", CsvText.Text(row.Unit), row.Year.ToString(CultureInfo.InvariantCulture), row.Kind.ToString(), .. values, "", "", ""]);
        }

        foreach (var (record, findings) in new[] { ("flag", result.Flags), ("cross", result.CrossDocument) })
        {
            foreach (var f in findings)
            {
                CsvText.AppendRow(csv, [record, CsvText.Text(f.Location), "", "", .. blanks, CsvText.Text(f.RuleId), f.Severity.ToString().ToLowerInvariant(), CsvText.Text(f.Message)]);
            }
        }

        output.Write(csv.ToString());
    }
}
