using System.Globalization;
using Gongkai.Checks;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Workflow;

/// <summary>
/// What a save changes, for the history: every table cell whose amount differs (by value, as
/// <see cref="ReportComparer"/> compares; blank differs from 0), then every reason text added, changed or removed.
/// Amounts are written as printed, so 24.20 stays 24.20.
/// </summary>
public static class ReportDiffer
{
    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>, cells first, in table order.</summary>
    /// <param name="before">The stored version.</param>
    /// <param name="after">The version being saved.</param>
    /// <param name="templates">The templates that name the cells (公开05表, row labels, column names).</param>
    public static IReadOnlyList<ReportChange> Changes(UnitYearReport before, UnitYearReport after, TemplateSet templates)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(templates);
        var naming = new CellNaming(after, templates);
        var beforeNaming = new CellNaming(before, templates);
        var changes = new List<ReportChange>();
        foreach (var difference in ReportComparer.Compare(before, after))
        {
            // A row removed from the new version keeps its label in the old one only.
            var cell = difference.Cell;
            var place = after.Table(cell.Table)?.Find(cell.RowKey) is null ? beforeNaming.Cell(cell) : naming.Cell(cell);
            changes.Add(new ReportChange(cell, null, place, Amount(difference.Expected), Amount(difference.Actual)));
        }

        foreach (var key in before.Reasons.Keys.Union(after.Reasons.Keys).Order(StringComparer.Ordinal))
        {
            var old = before.Reasons.GetValueOrDefault(key);
            var now = after.Reasons.GetValueOrDefault(key);
            if (!string.Equals(old, now, StringComparison.Ordinal))
            {
                changes.Add(new ReportChange(
                    null, key, MessageCatalogue.Format(MessageCatalogue.HistoryPlaceReason, key), Blank(old), Blank(now)));
            }
        }

        return changes;
    }

    private static string? Amount(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
