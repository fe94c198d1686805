namespace Gongkai.Performance;

/// <summary>How an indicator's achieved value is compared with its target (年度指标值).</summary>
public enum TargetComparison
{
    /// <summary>A number printed without a comparison sign (1次, 100%): reaching it earns full marks.</summary>
    Value,

    /// <summary>≥ (不低于): the achieved value should reach the target.</summary>
    AtLeast,

    /// <summary>≤ (不高于): the achieved value should stay within the target.</summary>
    AtMost,

    /// <summary>= : the achieved value should equal the target.</summary>
    Equal,

    /// <summary>A range (90%–100%): the achieved value should lie within it.</summary>
    Range,

    /// <summary>A qualitative level (有效促进, 有效改善): compared by level words.</summary>
    Qualitative,
}
