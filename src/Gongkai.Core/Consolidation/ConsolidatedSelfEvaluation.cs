namespace Gongkai.Consolidation;

/// <summary>
/// The self-evaluation figures of a group: how many members have a scored 绩效自评表, the mean of their totals, the mean
/// weighted by each member's funds (全年执行数, else 全年预算数), the funds covered, and how many earned each grade.
/// </summary>
/// <param name="Evaluated">Members with a self-evaluation sheet.</param>
/// <param name="MeanScore">The unweighted mean of the totals; null when no member has one.</param>
/// <param name="WeightedMeanScore">The mean weighted by funds; null when no evaluated member states funds.</param>
/// <param name="Funds">The funds the weights add up to, in 万元.</param>
/// <param name="Grades">Members per grade (优, 良, 中, 差), in the order of the grade bands.</param>
public sealed record ConsolidatedSelfEvaluation(
    int Evaluated,
    decimal? MeanScore,
    decimal? WeightedMeanScore,
    decimal Funds,
    IReadOnlyList<KeyValuePair<string, int>> Grades);
