using System.Diagnostics;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Synthetic;
using Gongkai.Templates;

namespace Gongkai.Bench;

/// <summary>Time per rule on one core (figures rule_us_&lt;id&gt;), to see which rules a check's time goes to.</summary>
public sealed class RuleProfile : IBenchmark
{
    /// <inheritdoc />
    public string Name => "rules";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var generator = new SyntheticReportGenerator(seed: 20201231);
        var pool = Enumerable.Range(0, 500).Select(_ => generator.Next()).ToArray();
        var ruleSet = RuleSetLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, 2020);
        var templates = TemplateLibrary.BuiltIn;
        var catalogue = ClassificationCatalogue.BuiltIn;
        var figures = new List<Figure>();
        foreach (var rule in ruleSet.Rules)
        {
            var watch = new Stopwatch();
            for (var round = 0; round < (quick ? 3 : 10); round++)
            {
                if (round == 1)
                {
                    watch.Restart();
                }

                foreach (var report in pool)
                {
                    var context = new CheckContext(report, templates.For(report), catalogue, ruleSet.Tolerance);
                    rule.Evaluate(context, new FindingSink());
                }
            }

            figures.Add(new Figure("rule_us_" + rule.Id, watch.Elapsed.TotalMicroseconds / (pool.Length * ((quick ? 3 : 10) - 1)), "us"));
        }

        return figures;
    }
}
