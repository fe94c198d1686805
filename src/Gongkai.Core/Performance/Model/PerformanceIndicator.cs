namespace Gongkai.Performance;

/// <summary>
/// One row of the 绩效指标 table of a 绩效自评表: three tiers of names (一级 产出/效益/满意度…, 二级 数量/质量/时效/成本/
/// 经济效益…, 三级 the indicator itself), the target, the achieved value, the weight (分值), the score the unit printed
/// and its deviation reason (偏差原因分析及改进措施), all as printed.
/// </summary>
public sealed record PerformanceIndicator
{
    /// <summary>一级指标 (产出指标, 效益指标, 满意度指标…), without the printed weight.</summary>
    public string Level1 { get; init; } = "";

    /// <summary>二级指标 (数量指标, 质量指标, 时效指标, 成本指标, 经济效益指标…).</summary>
    public string? Level2 { get; init; }

    /// <summary>三级指标: the indicator's name.</summary>
    public string Name { get; init; } = "";

    /// <summary>年度指标值.</summary>
    public IndicatorTarget? Target { get; init; }

    /// <summary>实际完成值.</summary>
    public MeasuredValue? Achieved { get; init; }

    /// <summary>分值 (the weight).</summary>
    public decimal? Weight { get; init; }

    /// <summary>得分 as printed.</summary>
    public decimal? PrintedScore { get; init; }

    /// <summary>偏差原因分析及改进措施 as printed (null when blank or a dash).</summary>
    public string? DeviationReason { get; init; }

    /// <summary>
    /// The common-indicator kind this row measures (e.g. publicFundsControlRate), when the name alone does not say
    /// so; null lets the rule set recognise the row by its name.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>The line of the source document the row starts on, when read from text.</summary>
    public int? Line { get; init; }
}
