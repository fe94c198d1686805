using System.Collections.Concurrent;
using Gongkai.Documents.Auditing;
using Gongkai.Documents.Canonical;
using Gongkai.Storage.Reports;
using Gongkai.Web.Reading;
using Gongkai.Web.Sources;

namespace Gongkai.Web.Rendering;

/// <summary>
/// The audited view of a report and everything rendered from it (the page, each export), kept per report id and row
/// version: a page view does not re-read or re-audit, and an edit (a new row version) is never served stale. Each
/// entry is built once even when many requests ask for it at the same moment; a failed build is not kept.
/// </summary>
public sealed class ReportRenderCache(ReportAuditing auditing, ReportSourceArchive sources)
{
    // Enough for every report of a small deployment with all its formats; beyond it the cache starts again.
    private const int MaxEntries = 2048;

    private readonly ConcurrentDictionary<(long Id, long Version), Lazy<ReportView>> views = new();
    private readonly ConcurrentDictionary<(long Id, long Version, string Format), Lazy<Task<byte[]>>> rendered = new();

    /// <summary>The audited view of this version of the report.</summary>
    public ReportView View(ReportRecord record)
    {
        Trim();
        var key = (record.Id, record.RowVersion);
        var lazy = views.GetOrAdd(key, _ => new Lazy<ReportView>(() => Build(record), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            views.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The bytes of one rendering (<paramref name="format"/> names it: page, xlsx, docx…), built once per version.</summary>
    public async Task<byte[]> RenderAsync(ReportRecord record, string format, Func<ReportView, byte[]> render)
    {
        Trim();
        var key = (record.Id, record.RowVersion, format);
        var lazy = rendered.GetOrAdd(key, _ => new Lazy<Task<byte[]>>(
            () => Task.Run(() => render(View(record))), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            rendered.TryRemove(key, out _);
            throw;
        }
    }

    private void Trim()
    {
        if (views.Count + rendered.Count > MaxEntries)
        {
            views.Clear();
            rendered.Clear();
        }
    }

    // The self-evaluation sheet rescored (for the dashboards); a sheet the performance reader cannot read gives none.
    private static Performance.SelfEvaluationResult? Score(Documents.Reading.ReadDocument? read, byte[] content)
    {
        if (read is null || !read.Kinds.Contains(Documents.Reading.PublishedDocumentKind.SelfEvaluationSheet))
        {
            return null;
        }

        try
        {
            var text = PublishedDocumentAuditor.PerformanceText(read, () => Documents.Reading.DocumentReaders.DecodeText(content, read.Source.Name));
            var performance = Documents.Performance.PerformanceTextReader.Read(text, read.Source.Name);
            return performance.Sheet is null ? null : new Performance.SelfEvaluationScorer().Score(performance.Sheet, performance.BaseData);
        }
        catch (Documents.DocumentReadException)
        {
            return null;
        }
    }

    private ReportView Build(ReportRecord record)
    {
        var report = CanonicalJsonReader.Read(record.Document, "reports/" + record.Id + ".json", auditing.Templates);
        if (sources.Find(record.Id, record.RowVersion) is { } source)
        {
            var audited = auditing.Published.Audit(source.Content, source.FileName);
            var lines = audited.Read is null ? [] : PublishedDocumentAuditor.NarrativeLines(audited.Read.Source);
            return new ReportView(record, report, audited.Result, audited.Read, lines, Score(audited.Read, source.Content));
        }

        return new ReportView(record, report, auditing.Auditor.Audit(report, []), null, []);
    }
}
