using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Checks;

/// <summary>
/// Runs a rule set over reports. Rules are compiled once (when the set is parsed); a run allocates only for what it
/// finds. Thread-safe: one engine serves any number of reports in parallel.
/// </summary>
public sealed class CheckEngine
{
    private readonly RuleSetLibrary rules;
    private readonly TemplateLibrary templates;
    private readonly ClassificationCatalogue catalogue;

    /// <summary>Creates an engine over the given libraries.</summary>
    public CheckEngine(RuleSetLibrary rules, TemplateLibrary templates, ClassificationCatalogue catalogue)
    {
        this.rules = rules;
        this.templates = templates;
        this.catalogue = catalogue;
    }

    /// <summary>The catalogue the engine checks codes against.</summary>
    public ClassificationCatalogue Catalogue => catalogue;

    /// <summary>Runs the rule set that applies to the report.</summary>
    public CheckResult Run(UnitYearReport report) =>
        Run(report, rules.For(report.Kind, report.Year, report.TemplateRegion));

    /// <summary>Runs a given rule set.</summary>
    public CheckResult Run(UnitYearReport report, RuleSet ruleSet)
    {
        var context = new CheckContext(report, templates.For(report), catalogue, ruleSet.Tolerance);
        var sink = new FindingSink();
        var outcomes = new RuleOutcome[ruleSet.Rules.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            var rule = ruleSet.Rules[i];
            outcomes[i] = new RuleOutcome(rule.Id, rule.Evaluate(context, sink));
        }

        return new CheckResult(sink.Findings, outcomes);
    }
}
