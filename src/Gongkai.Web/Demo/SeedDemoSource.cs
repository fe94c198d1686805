using Gongkai.Documents;
using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Web.Demo;

/// <summary>
/// The published documents of a seed directory (text, PDF, Word, Excel), read through Gongkai's own readers, one
/// unit-year each. A performance report (整体支出绩效评价报告) belongs to the unit's final accounts of its year.
/// </summary>
public sealed class SeedDemoSource(string directory, SeedUnitOverrides overrides) : IDemoDocumentSource
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".pdf", ".docx", ".xlsx" };

    /// <summary>The directory read.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    public Task<IReadOnlyList<DemoDocument>> LoadAsync(Action<string> problems, CancellationToken cancellationToken)
    {
        var documents = new List<DemoDocument>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return Task.FromResult<IReadOnlyList<DemoDocument>>(documents);
        }

        foreach (var file in System.IO.Directory.GetFiles(Directory).Where(f => Extensions.Contains(Path.GetExtension(f)))
                     .Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = Path.GetFileName(file);
            try
            {
                var bytes = File.ReadAllBytes(file);
                var read = DocumentReaders.Read(bytes, name);
                var report = read.Report;
                overrides.Apply(name, report);
                if (string.IsNullOrWhiteSpace(report.Unit.Name))
                {
                    problems(Messages.MessageCatalogue.Format(Messages.MessageCatalogue.PortalDemoNoUnit, name));
                    continue;
                }

                if (report.Tables.All(t => t.Rows.Count == 0) && read.Kinds.Contains(PublishedDocumentKind.PerformanceEvaluationReport))
                {
                    report.Kind = DisclosureKind.FinalAccounts;
                }

                AttachSelfEvaluation(read, bytes, name, report);
                documents.Add(new DemoDocument(file, report) { Original = bytes });
            }
            catch (Exception e) when (e is DocumentReadException or IOException or UnauthorizedAccessException)
            {
                problems(e.Message);
            }
        }

        return Task.FromResult<IReadOnlyList<DemoDocument>>(documents);
    }

    // A 绩效自评表 (and its 基础数据表) travels with the report in its canonical JSON, so the self-evaluation editor has it.
    private static void AttachSelfEvaluation(ReadDocument read, byte[] bytes, string name, UnitYearReport report)
    {
        if (!read.Kinds.Contains(PublishedDocumentKind.SelfEvaluationSheet))
        {
            return;
        }

        var text = Documents.Auditing.PublishedDocumentAuditor.PerformanceText(read, () => DocumentReaders.DecodeText(bytes, name));
        var performance = Documents.Performance.PerformanceTextReader.Read(text, name);
        report.SelfEvaluation = performance.Sheet;
        report.EvaluationBaseData = performance.BaseData;
    }
}
