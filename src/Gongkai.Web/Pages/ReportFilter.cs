using Gongkai.Storage.Reports;

namespace Gongkai.Web.Pages;

/// <summary>The home page's filter: a region, a year, and text the unit's name contains; each blank one matches all.</summary>
/// <param name="Region">The region exactly as listed, or null.</param>
/// <param name="Year">The year, or null.</param>
/// <param name="Text">Text in the unit's name (or region), or null.</param>
internal sealed record ReportFilter(string? Region, int? Year, string? Text)
{
    /// <summary>Whether a report passes the filter.</summary>
    public bool Matches(ReportSummary report) =>
        (string.IsNullOrWhiteSpace(Region) || report.Region == Region.Trim())
        && (Year is null || report.Year == Year)
        && (string.IsNullOrWhiteSpace(Text)
            || report.UnitName.Contains(Text.Trim(), StringComparison.Ordinal)
            || report.Region.Contains(Text.Trim(), StringComparison.Ordinal));
}
