using Gongkai.Audit;
using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Performance;
using Gongkai.Documents.Reading;
using Gongkai.Model;
using Gongkai.Performance;
using Gongkai.Templates;

namespace Gongkai.Documents.Auditing;

/// <summary>
/// Reads a file of any supported format and audits it: the table rules, the sentences, the 情况说明 against the tables,
/// the wording, and — where the document carries a 绩效自评表 or 绩效评价基础数据表 — the self-evaluation scoring. The CLI and
/// the web app both audit through here, so an upload and `gongkai audit` give the same findings.
/// </summary>
public sealed class PublishedDocumentAuditor
{
    // 占…% in a performance report's narrative is checked by the sentence checks (N-SHARE) for every kind of document;
    // the scorer's own narrative-share finding would say the same thing twice.
    private static readonly HashSet<string> CoveredElsewhere = ["P-SHARE"];

    private readonly DocumentAuditor auditor;
    private readonly SelfEvaluationScorer scorer;

    /// <summary>Creates an auditor.</summary>
    public PublishedDocumentAuditor(CheckEngine engine, TemplateLibrary templates, SelfEvaluationScorer? scorer = null)
    {
        auditor = new DocumentAuditor(engine, templates);
        this.scorer = scorer ?? new SelfEvaluationScorer();
    }

    /// <summary>Reads and audits a file; throws <see cref="DocumentReadException"/> when it cannot be read.</summary>
    public AuditedFile Audit(string path)
    {
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var report = CanonicalJsonReader.ReadFile(path);
            return new AuditedFile(report, Audit(report, null), null);
        }

        var read = DocumentReaders.Read(path);
        return new AuditedFile(read.Report, Audit(read.Report, read, OriginalText(read, () => File.ReadAllBytes(path))), read);
    }

    /// <summary>Reads and audits an upload held in memory.</summary>
    public AuditedFile Audit(byte[] content, string name)
    {
        if (Path.GetExtension(name).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            var report = CanonicalJsonReader.Read(content, name);
            return new AuditedFile(report, Audit(report, null), null);
        }

        var read = DocumentReaders.Read(content, name);
        return new AuditedFile(read.Report, Audit(read.Report, read, OriginalText(read, () => content)), read);
    }

    // A text file is read by the performance reader as it was written: its cell-per-line tables keep their layout.
    private static string? OriginalText(ReadDocument read, Func<byte[]> bytes) =>
        read.Source.Format == SourceFormat.Text ? DocumentReaders.DecodeText(bytes(), read.Source.Name) : null;

    /// <summary>
    /// The running text for the sentence checks: ordinary lines as they are, and every cell of a table printed cell by
    /// cell (a row the reader gathered from several lines) as a line of its own, at its own position.
    /// </summary>
    public static IReadOnlyList<NarrativeLine> NarrativeLines(SourceDocument source)
    {
        var lines = new List<NarrativeLine>();
        foreach (var line in source.Lines)
        {
            if (line.IsTableRow && line.CellStarts is null && line.CellPositions is { } positions)
            {
                for (var i = 0; i < line.Cells.Count; i++)
                {
                    lines.Add(new NarrativeLine("\t" + line.Cells[i].Replace('\n', ' '), i < positions.Count ? positions[i] : line.Position));
                }

                continue;
            }

            lines.Add(new NarrativeLine(line.Text, line.Position));
        }

        return lines;
    }

    /// <summary>
    /// The text the performance reader reads: a text file as it was written (<paramref name="originalText"/>), a PDF's
    /// ruled tables as put back together from the page geometry, else the lines in cell-per-line form.
    /// </summary>
    public static string PerformanceText(ReadDocument read, Func<string> originalText) =>
        read.Source.Format == SourceFormat.Text ? originalText() : read.RuledTableText ?? PlainText(read.Source);

    /// <summary>The document as plain text in the cell-per-line form the performance reader reads.</summary>
    public static string PlainText(SourceDocument source)
    {
        var text = new System.Text.StringBuilder();
        foreach (var line in source.Lines)
        {
            if (line.IsTableRow && line.CellStarts is null)
            {
                foreach (var cell in line.Cells)
                {
                    text.Append('\t').Append(cell).Append('\n');
                }

                text.Append('\n');
                continue;
            }

            text.Append(line.Text).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Audits a report and, when it was read from a published document, its text.</summary>
    public CheckResult Audit(UnitYearReport report, ReadDocument? read, string? originalText = null)
    {
        var lines = read is null ? [] : NarrativeLines(read.Source);
        var result = auditor.Audit(report, lines);
        if (read is null || !read.Kinds.Any(k => k is PublishedDocumentKind.SelfEvaluationSheet or PublishedDocumentKind.EvaluationBaseData))
        {
            return result;
        }

        PerformanceDocument performance;
        try
        {
            performance = PerformanceTextReader.Read(originalText ?? PerformanceText(read, () => PlainText(read.Source)), read.Source.Name);
        }
        catch (DocumentReadException)
        {
            // The kind detector saw the title, but the sheet's layout is one the performance reader does not know:
            // the reading notes already say what could not be read.
            return result;
        }

        if (performance.Sheet is null)
        {
            return result;
        }

        var scored = scorer.Score(performance.Sheet, performance.BaseData);
        var findings = result.Findings.Concat(scored.Findings.Where(f => !CoveredElsewhere.Contains(f.RuleId))).ToList();
        var outcomes = result.Outcomes.Concat(scored.Findings.Select(f => f.RuleId).Distinct()
            .Select(id => new RuleOutcome(id, scored.Findings.Any(f => f.RuleId == id && f.Severity >= Severity.Warning) ? RuleState.Failed : RuleState.Passed)))
            .ToList();
        return new CheckResult(findings, outcomes);
    }
}
