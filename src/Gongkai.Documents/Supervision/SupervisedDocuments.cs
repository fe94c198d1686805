using Gongkai.Documents.Auditing;
using Gongkai.Documents.Performance;
using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Documents.Supervision;

/// <summary>
/// Reads documents for supervision across units (汇总, comparisons): any readable format into a report, with the
/// 绩效自评表 and 绩效评价基础数据表 attached to the report when the document carries them, so that one model holds
/// what the tables and the self-evaluation of a unit-year say.
/// </summary>
public static class SupervisedDocuments
{
    /// <summary>Reads a file; throws <see cref="DocumentReadException"/> when it cannot be read.</summary>
    public static ReadDocument Read(string path)
    {
        var read = DocumentReaders.Read(path);
        AttachEvaluation(read, () => DocumentReaders.DecodeText(File.ReadAllBytes(path), read.Source.Name));
        return read;
    }

    /// <summary>Reads a document held in memory; throws <see cref="DocumentReadException"/> when it cannot be read.</summary>
    public static ReadDocument Read(byte[] content, string name)
    {
        var read = DocumentReaders.Read(content, name);
        AttachEvaluation(read, () => DocumentReaders.DecodeText(content, name));
        return read;
    }

    /// <summary>True when the report holds any disclosure table with rows (a 决算 or 预算 that can be summed).</summary>
    public static bool HasTables(UnitYearReport report) =>
        report.Tables.Any(t => t.Kind != DisclosureTableKind.ExplanationFigures && t.Rows.Count > 0);

    private static void AttachEvaluation(ReadDocument read, Func<string> originalText)
    {
        if (read.Report.SelfEvaluation is not null
            || !read.Kinds.Any(k => k is PublishedDocumentKind.SelfEvaluationSheet or PublishedDocumentKind.EvaluationBaseData))
        {
            return;
        }

        try
        {
            var performance = PerformanceTextReader.Read(PublishedDocumentAuditor.PerformanceText(read, originalText), read.Source.Name);
            read.Report.SelfEvaluation = performance.Sheet;
            read.Report.EvaluationBaseData = performance.BaseData;
        }
        catch (DocumentReadException)
        {
            // A layout the performance reader does not know: the tables are still usable, the reading notes say the rest.
        }
    }
}
