using Gongkai.Checks;
using Gongkai.Cli.Commands;
using Gongkai.Messages;
using Gongkai.Performance;

namespace Gongkai.Cli.Output;

/// <summary>Prints scoring results for people: each row with printed and recomputed score and the rule, the totals and grades, the findings.</summary>
public static class TextScoreWriter
{
    /// <summary>Writes every document.</summary>
    public static void Write(IReadOnlyList<ScoredDocument> documents, TextWriter output)
    {
        foreach (var d in documents)
        {
            var r = d.Result;
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.AuditDocumentHeader, d.Path));
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.AuditUnitYear, d.Sheet.UnitName, d.Sheet.Year));
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.ScoreRuleSet, r.Rules.Title, r.Rules.Name));
            output.WriteLine();

            var e = r.Execution;
            output.WriteLine(MessageCatalogue.Format(
                MessageCatalogue.ScoreExecutionLine,
                Pts(e.Weight),
                e.PrintedRate is { } pr ? PerformanceFigures.PrintedPercent(pr) : MessageCatalogue.ScoreBlank,
                e.Rate is { } rate ? PerformanceFigures.Percent(rate) : MessageCatalogue.ScoreBlank,
                Pts(e.PrintedScore),
                Pts(e.RecomputedScore)));
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.ScoreRuleLine, e.Explanation));

            foreach (var s in r.Indicators)
            {
                var i = s.Indicator;
                var path = string.Join("/", new[] { i.Level1, i.Level2, i.Name }.Where(t => !string.IsNullOrEmpty(t)));
                output.WriteLine(MessageCatalogue.Format(
                    MessageCatalogue.ScoreIndicatorLine,
                    path,
                    i.Target?.Text ?? MessageCatalogue.ScoreBlank,
                    i.Achieved?.Text ?? MessageCatalogue.ScoreBlank,
                    Pts(i.Weight),
                    Pts(i.PrintedScore),
                    Pts(s.RecomputedScore)));
                output.WriteLine(MessageCatalogue.Format(MessageCatalogue.ScoreRuleLine, s.Explanation));
            }

            output.WriteLine();
            output.WriteLine(MessageCatalogue.Format(MessageCatalogue.ScoreTotals, Pts(r.PrintedTotal), Pts(r.Total), r.Grade, Pts(r.RecomputedTotal), r.RecomputedGrade));
            output.WriteLine();

            if (r.Findings.Count + d.Problems.Count == 0)
            {
                output.WriteLine("  " + MessageCatalogue.AuditNoFindings);
            }

            foreach (var f in r.Findings)
            {
                var line = f.Source?.Line is { } l ? MessageCatalogue.Format(MessageCatalogue.AuditLine, l) : "";
                output.WriteLine($"  [{MessageCatalogue.SeverityName(f.Severity)}] {f.RuleId} {f.Location}{line}：{f.Message}");
            }

            foreach (var p in d.Problems)
            {
                output.WriteLine($"  [{MessageCatalogue.SeverityName(Severity.Warning)}] P-READ {p.Message}");
            }

            output.WriteLine(MessageCatalogue.Format(
                MessageCatalogue.ScoreSummary,
                r.Findings.Count(f => f.Severity == Severity.Error),
                r.Findings.Count(f => f.Severity == Severity.Warning) + d.Problems.Count,
                r.Findings.Count(f => f.Severity == Severity.Notice)));
            output.WriteLine();
        }
    }

    private static string Pts(decimal? value) => value is { } v ? PerformanceFigures.Points(v) : MessageCatalogue.ScoreBlank;
}
