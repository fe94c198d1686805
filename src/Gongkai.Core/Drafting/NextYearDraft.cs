using Gongkai.Model;

namespace Gongkai.Drafting;

/// <summary>
/// A new year started from the last one: what a unit writes the same way every year — its duties, organisation,
/// reporting scope, headcounts, the 名词解释 and the reason texts — copied for the unit to confirm; never a figure. The
/// tables come back empty (the template's rows are filled when the year's figures are entered or imported), so nothing
/// of last year's accounts can be published as this year's by mistake.
/// </summary>
public static class NextYearDraft
{
    /// <summary>The draft for the year after <paramref name="last"/> (or for <paramref name="year"/> when given).</summary>
    public static UnitYearReport From(UnitYearReport last, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(last);
        var unit = last.Unit;
        return new UnitYearReport
        {
            Kind = last.Kind,
            Year = year ?? last.Year + 1,
            PrintedUnit = last.PrintedUnit,
            TemplateRegion = last.TemplateRegion,
            Unit = new BudgetUnit
            {
                Name = unit.Name,
                Region = unit.Region,
                Level = unit.Level,
                Kind = unit.Kind,
                Duties = [.. unit.Duties],
                Organisation = unit.Organisation,
                ReportingScope = ReplaceYear(unit.ReportingScope, last.Year, year ?? last.Year + 1),
                AuthorizedHeadcount = unit.AuthorizedHeadcount,
                ActualHeadcount = unit.ActualHeadcount,
            },
            TermDefinitions = [.. last.TermDefinitions],
            Reasons = new SortedDictionary<string, string>(last.Reasons, StringComparer.Ordinal),
        };
    }

    // "…2020 年部门决算汇总公开单位…" names the year it was written for; the draft names its own.
    private static string? ReplaceYear(string? text, int from, int to) =>
        text?.Replace(from.ToString(System.Globalization.CultureInfo.InvariantCulture), to.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
