namespace Gongkai.Model;

/// <summary>Short codes of table kinds, as used in rule expressions and the canonical JSON.</summary>
public static class DisclosureTableKinds
{
    /// <summary>All kinds in their usual order.</summary>
    public static IReadOnlyList<DisclosureTableKind> All { get; } =
    [
        DisclosureTableKind.IncomeExpenditureSummary, DisclosureTableKind.IncomeStatement,
        DisclosureTableKind.ExpenditureStatement, DisclosureTableKind.AppropriationSummary,
        DisclosureTableKind.GeneralBudgetExpenditure, DisclosureTableKind.GeneralBudgetBasicExpenditure,
        DisclosureTableKind.ThreePublicCosts, DisclosureTableKind.GovernmentFundStatement,
        DisclosureTableKind.StateCapitalStatement, DisclosureTableKind.ExplanationFigures,
    ];

    /// <summary>T01…T09, or S for the explanation figures.</summary>
    public static string ShortCode(this DisclosureTableKind kind) =>
        kind == DisclosureTableKind.ExplanationFigures ? "S" : "T" + ((int)kind).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Parses T01…T09 or S (case-insensitive); also accepts the enum name.</summary>
    public static bool TryParse(string text, out DisclosureTableKind kind)
    {
        var t = text.Trim();
        if (t.Equals("S", StringComparison.OrdinalIgnoreCase))
        {
            kind = DisclosureTableKind.ExplanationFigures;
            return true;
        }

        if (t.Length == 3 && (t[0] == 'T' || t[0] == 't') && int.TryParse(t.AsSpan(1), out var n) && n is >= 1 and <= 9)
        {
            kind = (DisclosureTableKind)n;
            return true;
        }

        return Enum.TryParse(t, ignoreCase: false, out kind) && Enum.IsDefined(kind);
    }
}
