using Gongkai.Performance;

namespace Gongkai.Documents.Performance;

/// <summary>What <see cref="PerformanceTextReader"/> read from one document: the sheet (with the report's prose), the base data and the parts it could not read.</summary>
public sealed class PerformanceDocument
{
    /// <summary>The 绩效自评表, with the report's prose as its narrative; null when the document has none.</summary>
    public SelfEvaluationSheet? Sheet { get; init; }

    /// <summary>The 绩效评价基础数据表; null when the document has none.</summary>
    public EvaluationBaseData? BaseData { get; init; }

    /// <summary>Every part that could not be read, in line order.</summary>
    public required IReadOnlyList<PerformanceReadProblem> Problems { get; init; }
}
