namespace Gongkai.Consolidation;

/// <summary>One member's scored self-evaluation: its recomputed total, grade and the funds that weigh it (万元).</summary>
/// <param name="Total">The total score.</param>
/// <param name="Grade">The grade of the total.</param>
/// <param name="Funds">全年执行数, else 全年预算数; null when the sheet states neither.</param>
public sealed record SelfEvaluationMember(decimal Total, string Grade, decimal? Funds);
