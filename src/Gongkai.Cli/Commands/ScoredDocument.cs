using Gongkai.Documents.Performance;
using Gongkai.Performance;

namespace Gongkai.Cli.Commands;

/// <summary>One input of gongkai score: its sheet, the scoring result and the parts the reader could not read.</summary>
public sealed record ScoredDocument(string Path, SelfEvaluationSheet Sheet, SelfEvaluationResult Result, IReadOnlyList<PerformanceReadProblem> Problems);
