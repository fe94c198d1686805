namespace Gongkai.Performance;

/// <summary>How a rate earns points under a common-indicator rule.</summary>
public enum RateScoringType
{
    /// <summary>Full marks up to a limit; beyond it, a deduction per step of percentage points, down to 0.</summary>
    DeductAbove,

    /// <summary>Full marks from a limit up; below it, a deduction per step of percentage points, down to 0.</summary>
    DeductBelow,

    /// <summary>Bands of the rate, each earning a share of the weight.</summary>
    Bands,
}
