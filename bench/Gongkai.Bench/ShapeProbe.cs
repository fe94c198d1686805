using Gongkai.Synthetic;

namespace Gongkai.Bench;

/// <summary>Prints the size of the synthetic reports (rows and filled cells per table), to compare with seed 001.</summary>
public sealed class ShapeProbe : IBenchmark
{
    /// <inheritdoc />
    public string Name => "shape";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var report = new SyntheticReportGenerator(seed: 20201231).Next();
        var result = new Gongkai.Checks.CheckEngine(Gongkai.Checks.RuleSetLibrary.BuiltIn, Gongkai.Templates.TemplateLibrary.BuiltIn, Gongkai.Classification.ClassificationCatalogue.BuiltIn).Run(report);
        yield return new Figure("findings", result.Findings.Count, "findings");
        var engine = new Gongkai.Checks.CheckEngine(Gongkai.Checks.RuleSetLibrary.BuiltIn, Gongkai.Templates.TemplateLibrary.BuiltIn, Gongkai.Classification.ClassificationCatalogue.BuiltIn);
        for (var i = 0; i < 20000; i++) engine.Run(report);
        var w = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 50000; i++) engine.Run(report);
        yield return new Figure("hot_us", w.Elapsed.TotalMicroseconds / 50000, "us");
        var ruleSet = Gongkai.Checks.RuleSetLibrary.BuiltIn.For(Gongkai.Model.DisclosureKind.FinalAccounts, 2020);
        var perRule = new double[ruleSet.Rules.Count];
        var ctxTime = 0.0;
        var sw = new System.Diagnostics.Stopwatch();
        for (var i = 0; i < 20000; i++)
        {
            sw.Restart();
            var ctx = new Gongkai.Checks.CheckContext(report, Gongkai.Templates.TemplateLibrary.BuiltIn.For(report), Gongkai.Classification.ClassificationCatalogue.BuiltIn, ruleSet.Tolerance);
            var sinkx = new Gongkai.Checks.FindingSink();
            ctxTime += sw.Elapsed.TotalMicroseconds;
            for (var r = 0; r < perRule.Length; r++)
            {
                sw.Restart();
                ruleSet.Rules[r].Evaluate(ctx, sinkx);
                perRule[r] += sw.Elapsed.TotalMicroseconds;
            }
        }

        yield return new Figure("ctx_us", ctxTime / 20000, "us");
        yield return new Figure("rules_total_us", perRule.Sum() / 20000, "us");
        for (var r = 0; r < perRule.Length; r++)
        {
            if (perRule[r] / 20000 > 0.0) yield return new Figure("cold_rule_us_" + ruleSet.Rules[r].Id, perRule[r] / 20000, "us");
        }

        foreach (var table in report.Tables)
        {
            yield return new Figure("rows_" + table.Kind, table.Rows.Count, "rows");
            yield return new Figure("cells_" + table.Kind, table.Rows.Sum(r => r.Cells.ToArray().Count(c => c is not null)), "cells");
        }
    }
}
