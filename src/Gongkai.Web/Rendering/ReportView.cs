using Gongkai.Checks;
using Gongkai.Claims;
using Gongkai.Model;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Rendering;

/// <summary>
/// One version of a stored report as the pages show it: the model, its audit and, when the report is still the version
/// read from a published document, that document's reading (for quoted lines and the self-evaluation sheet).
/// </summary>
/// <param name="Record">The stored row.</param>
/// <param name="Report">The model read from the stored canonical JSON.</param>
/// <param name="Result">The audit: of the published document when there is one, else of the model.</param>
/// <param name="Read">The published document's reading, or null.</param>
/// <param name="Lines">The document's running text (empty without a document).</param>
/// <param name="SelfEvaluation">The document's 绩效自评表 rescored, or null when it has none.</param>
public sealed record ReportView(
    ReportRecord Record,
    UnitYearReport Report,
    CheckResult Result,
    Documents.Reading.ReadDocument? Read,
    IReadOnlyList<NarrativeLine> Lines,
    Performance.SelfEvaluationResult? SelfEvaluation = null);
