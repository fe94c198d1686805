using Gongkai.Checks;

namespace Gongkai.Supervision;

/// <summary>What comparing many unit-years gave: the indicators per unit and year, the red flags, the cross-document findings.</summary>
/// <param name="Indicators">One row per unit-year, by unit then year.</param>
/// <param name="Flags">Red flags raised, in the order of <paramref name="Indicators"/> and then of the rules.</param>
/// <param name="CrossDocument">Findings of documents of the same unit against each other, by unit.</param>
public sealed record ComparisonResult(IReadOnlyList<UnitYearIndicators> Indicators, IReadOnlyList<Finding> Flags, IReadOnlyList<Finding> CrossDocument);
