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
        var ctx = new Gongkai.Checks.CheckContext(report, Gongkai.Templates.TemplateLibrary.BuiltIn.For(report), Gongkai.Classification.ClassificationCatalogue.BuiltIn, ruleSet.Tolerance);
        foreach (var rule in ruleSet.Rules)
        {
            for (var i = 0; i < 2000; i++) rule.Evaluate(ctx, new Gongkai.Checks.FindingSink());
            w.Restart();
            for (var i = 0; i < 20000; i++) rule.Evaluate(ctx, new Gongkai.Checks.FindingSink());
            var us = w.Elapsed.TotalMicroseconds / 20000;
            if (us > 0.5) yield return new Figure("hot_rule_us_" + rule.Id, us, "us");
        }
        foreach (var f in result.Findings.Take(5))
        {
            Console.WriteLine(f.RuleId + " " + f.Severity + " " + f.Message);
        }

        foreach (var table in report.Tables)
        {
            yield return new Figure("rows_" + table.Kind, table.Rows.Count, "rows");
            yield return new Figure("cells_" + table.Kind, table.Rows.Sum(r => r.Cells.ToArray().Count(c => c is not null)), "cells");
        }
    }
}
