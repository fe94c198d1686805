using System.Diagnostics;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Synthetic;
using Gongkai.Templates;

namespace Gongkai.Bench;

/// <summary>
/// Time of each rule on one core (figures rule_us_&lt;id&gt;): the engine runs a set holding only that rule over a pool of
/// reports (GONGKAI_BENCH_POOL, default 500; 1 measures a hot cache), minus the same run with an empty set.
/// </summary>
public sealed class RuleProfile : IBenchmark
{
    /// <inheritdoc />
    public string Name => "rules";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var generator = new SyntheticReportGenerator(seed: 20201231);
        var size = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_BENCH_POOL"), out var n) ? n : 500;
        var pool = Enumerable.Range(0, size).Select(_ => generator.Next()).ToArray();
        var full = RuleSetLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020);
        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);
        RuleSet Only(IReadOnlyList<CheckRule> rules) => new(full.Name, full.Kind, full.Region, full.FromYear, full.ToYear, full.Tolerance, rules);
        var runs = Math.Max(quick ? 2_000 : 20_000, pool.Length);

        double Time(RuleSet set)
        {
            for (var i = 0; i < runs / 4; i++)
            {
                engine.Run(pool[i % pool.Length], set);
            }

            var watch = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++)
            {
                engine.Run(pool[i % pool.Length], set);
            }

            return watch.Elapsed.TotalMicroseconds / runs;
        }

        // Warm every path first (tiered compilation), then measure.
        Time(full);
        var baseline = Time(Only([]));
        foreach (var rule in full.Rules)
        {
            yield return new Figure("rule_us_" + rule.Id, Math.Max(0, Time(Only([rule])) - baseline), "us");
        }

        yield return new Figure("rules_baseline_us", baseline, "us");
        yield return new Figure("rules_all_us", Time(full) - baseline, "us");
    }
}
