namespace Gongkai.Writing;

/// <summary>Choices for the 情况说明 and the documents built around it.</summary>
public sealed record ExplanationOptions
{
    /// <summary>The default: percentages with one decimal, a reason for every change and deviation.</summary>
    public static ExplanationOptions Default { get; } = new();

    /// <summary>Decimals of every percentage in the document: 1 (2020 Hunan template) or 2 (newer templates).</summary>
    public int PercentDecimals { get; init; } = 1;

    /// <summary>
    /// A change or a deviation needs a reason when it exceeds this share of its base (0.05 = 5%); 0 asks for a reason
    /// for every non-zero one. A non-zero change over a zero base always needs one.
    /// </summary>
    public decimal ReasonThreshold { get; init; }

    /// <summary>The text printed where a required reason is missing.</summary>
    public string Placeholder { get; init; } = "【请填写原因】";

    /// <summary>Checks the option values.</summary>
    public void Validate()
    {
        if (PercentDecimals is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(PercentDecimals), PercentDecimals, "1 or 2");
        }

        if (ReasonThreshold < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ReasonThreshold), ReasonThreshold, ">= 0");
        }
    }
}
