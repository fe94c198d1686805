namespace Gongkai.Documents.Reading;

/// <summary>What a printed cell holds.</summary>
public enum AmountTextKind
{
    /// <summary>Nothing, or a dash standing for nothing (-, —, －).</summary>
    Blank,

    /// <summary>A number.</summary>
    Number,

    /// <summary>Text that is not a number (l2.5, 12.5分, 见附表…).</summary>
    NotNumber,
}
