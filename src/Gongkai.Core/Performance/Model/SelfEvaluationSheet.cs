namespace Gongkai.Performance;

/// <summary>
/// A unit's 部门整体支出绩效自评表 for one year (seed 004, 附件2): the funds block with its execution row, the annual
/// goals and what was achieved, the three-tier indicator table with weights, printed scores and deviation reasons, and
/// the printed total; plus the prose of the evaluation report that goes with it. Everything as printed: scores are
/// recomputed by <see cref="SelfEvaluationScorer"/>, never stored.
/// </summary>
public sealed class SelfEvaluationSheet
{
    /// <summary>预算部门 as printed.</summary>
    public string UnitName { get; set; } = "";

    /// <summary>The year evaluated.</summary>
    public int Year { get; set; }

    /// <summary>The funds block.</summary>
    public SelfEvaluationFunds Funds { get; set; } = new();

    /// <summary>年度总体目标 (预期目标), as printed.</summary>
    public string? AnnualGoals { get; set; }

    /// <summary>实际完成情况 of the annual goals, as printed.</summary>
    public string? Achievements { get; set; }

    /// <summary>The indicators in printed order.</summary>
    public List<PerformanceIndicator> Indicators { get; set; } = [];

    /// <summary>Weights printed beside 一级指标 headings (产出指标 (50分)).</summary>
    public List<PrintedGroupWeight> PrintedGroupWeights { get; set; } = [];

    /// <summary>The total weight printed in the 总分 row (100分).</summary>
    public decimal? PrintedTotalWeight { get; set; }

    /// <summary>The total score printed in the 总分 row.</summary>
    public decimal? PrintedTotal { get; set; }

    /// <summary>The grade printed, if any (优/良/中/差).</summary>
    public string? PrintedGrade { get; set; }

    /// <summary>The prose of the evaluation report; null when only the sheet is known.</summary>
    public EvaluationNarrative? Narrative { get; set; }

    /// <summary>A deep copy.</summary>
    public SelfEvaluationSheet Clone()
    {
        var copy = (SelfEvaluationSheet)MemberwiseClone();
        copy.Funds = Funds.Clone();
        copy.Indicators = [.. Indicators];
        copy.PrintedGroupWeights = [.. PrintedGroupWeights];
        copy.Narrative = Narrative?.Clone();
        return copy;
    }
}
