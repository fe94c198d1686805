using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Audit;

/// <summary>
/// Audits a document as read: the check rules on its tables (when it has any), the figures of its sentences, its
/// 情况说明 against its tables, and its wording. Every reader's output goes through this one place, so a PDF, a Word
/// file and a text file of the same report give the same findings.
/// </summary>
public sealed class DocumentAuditor
{
    private static readonly string[] SentenceRules =
        ["N-GROWTH", "N-SHARE", "N-COMPLETION", "N-UNIT", "N-SUBJECT", "N-TABLE", "N-ITEMS", "W-PLACE", "W-REPEAT", "W-TYPO", "W-PRECISION", "W-TOC", "W-SIGN", "W-REASON", "W-HEADING", "C-TABLES", "C-ITEMS", "C-HEADER"];

    private readonly CheckEngine engine;
    private readonly TemplateLibrary templates;

    /// <summary>Creates an auditor.</summary>
    public DocumentAuditor(CheckEngine engine, TemplateLibrary templates)
    {
        this.engine = engine;
        this.templates = templates;
    }

    /// <summary>Audits a report and the running text it was read from (empty for canonical JSON).</summary>
    public CheckResult Audit(UnitYearReport report, IReadOnlyList<NarrativeLine> lines)
    {
        var hasTables = report.Tables.Any(t => t.Kind != DisclosureTableKind.ExplanationFigures && (t.Rows.Count > 0 || t.EmptyStatement is not null));
        var findings = new List<Finding>();
        var outcomes = new List<RuleOutcome>();
        if (hasTables)
        {
            var (checkedReport, blanks) = BlankSubtotals.Fill(report, templates.For(report));
            var result = engine.Run(checkedReport);
            findings.AddRange(blanks);
            findings.AddRange(result.Findings);
            outcomes.Add(new RuleOutcome(BlankSubtotals.RuleId, blanks.Count > 0 ? RuleState.Failed : RuleState.Passed));
            outcomes.AddRange(result.Outcomes);
            report = checkedReport;
        }

        if (lines.Count > 0)
        {
            var paragraphs = ParagraphJoiner.Join(lines);
            var sentences = new List<Finding>();
            sentences.AddRange(new NarrativeChecker(engine.Catalogue, report.Year).Check(paragraphs));
            if (hasTables)
            {
                sentences.AddRange(new ExplanationConsistencyChecker(report, templates.For(report)).Check(paragraphs));
            }

            sentences.AddRange(new CompletenessChecker(report, templates.For(report)).Check(paragraphs));
            // Without a unit name only the place-name check has nothing to compare with; repeats and slips still count.
            sentences.AddRange(new WordingChecker(report.Unit.Name ?? "").Check(paragraphs));
            sentences.AddRange(PrecisionChecker.Check(paragraphs));
            sentences.AddRange(ContentsChecker.Check(lines));

            findings.AddRange(sentences.OrderBy(f => f.Source?.Line ?? 0));
            foreach (var rule in SentenceRules)
            {
                var failed = sentences.Any(f => f.RuleId == rule && f.Severity >= Severity.Warning);
                outcomes.Add(new RuleOutcome(rule, failed ? RuleState.Failed : RuleState.Passed));
            }
        }

        return new CheckResult(findings, outcomes);
    }
}
