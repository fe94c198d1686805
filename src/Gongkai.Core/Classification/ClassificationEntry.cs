namespace Gongkai.Classification;

/// <summary>One code of the catalogue, for a range of years, with whether it was verified against a primary source.</summary>
public sealed record ClassificationEntry(
    ClassificationScheme Scheme,
    string Code,
    string Name,
    ClassificationLevel Level,
    string? ParentCode,
    bool Verified,
    int? FromYear = null,
    int? ToYear = null,
    string? Basis = null)
{
    /// <summary>True when the entry applies to the year.</summary>
    public bool Covers(int year) => (FromYear is null || year >= FromYear) && (ToYear is null || year <= ToYear);
}
