using Gongkai.Classification;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Checks.Classification;

/// <summary>
/// Checks the 科目编码 and 科目名称 of every coded row of one table against the scheme its template names and the
/// classification catalogue (DOMAIN.md §2). Because the shipped catalogue is partial, the findings are graded:
/// <list type="bullet">
/// <item>a code of the wrong length for the scheme, and a 款/项 printed without its 类/款 row, are reported at the
/// rule's severity (an error in the shipped rule sets): the table's structure is wrong whatever the catalogue holds;</item>
/// <item>a printed name that contradicts the catalogue is a warning when the catalogue's name was verified against a
/// published table, a notice when it was not (capped at the rule's severity);</item>
/// <item>a code the catalogue lacks for the report's year is only a notice (未收录的科目编码).</item>
/// </list>
/// </summary>
public sealed class ClassificationCheck : CheckRule
{
    private const string NoName = "未印名称";

    private static readonly int[] ClassLength = [3];

    /// <summary>Creates the rule for one table.</summary>
    public ClassificationCheck(string id, Severity severity, string description, DisclosureTableKind table)
        : base(id, severity, description) => Table = table;

    /// <summary>The table whose coded rows are checked.</summary>
    public DisclosureTableKind Table { get; }

    /// <inheritdoc />
    public override RuleState Evaluate(CheckContext context, FindingSink sink)
    {
        var template = context.Templates.Table(Table);
        var table = context.Report.Table(Table);
        if (template is null || table is null || template.CodedRows.Scheme == CodeScheme.None)
        {
            return RuleState.NotApplicable;
        }

        var codeScheme = template.CodedRows.Scheme;
        var scheme = CatalogueScheme(codeScheme);
        var lengths = codeScheme == CodeScheme.FunctionalClass ? ClassLength : scheme.CodeLengths();
        var column = template.CodedRows.Columns.Count > 0 ? template.CodedRows.Columns[0] : 1;

        // The 情况说明 figures list only the 项 the text names, never their 类/款, so a missing parent there is normal.
        // The hierarchy index (shared with the roll-up rules) already knows each row's parent: no look-up per row.
        var index = Table != DisclosureTableKind.ExplanationFigures ? context.Index(table) : null;
        var year = context.Report.Year;
        var any = false;
        var failed = false;

        var rows = table.Rows;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (!row.IsCoded)
            {
                continue;
            }

            any = true;
            var label = string.IsNullOrWhiteSpace(row.Label) ? null : row.Label;

            if (!Contains(lengths, row.Key.Length))
            {
                Report(context, sink, row, column, Severity, row.Key, null, MessageCatalogue.Format(
                    MessageCatalogue.CodeBadLength, context.Naming.Table(Table), row.Key, label ?? NoName, row.Key.Length,
                    SchemeName(codeScheme), string.Join("/", lengths)));
                failed |= Severity >= Severity.Warning;
                continue;
            }

            if (index is not null && row.Key.Length is 5 or 7 && index.Parent(i) < 0
                && MissingAncestors(table, row.Key) is { Count: > 0 } missing)
            {
                Report(context, sink, row, column, Severity, row.Key, missing[0], MessageCatalogue.Format(
                    MessageCatalogue.CodeParentMissing, context.Naming.Table(Table), row.Key, label ?? NoName, string.Join("、", missing)));
                failed |= Severity >= Severity.Warning;
            }

            var entry = context.Catalogue.Find(scheme, row.Key, year);
            if (entry is null)
            {
                Report(context, sink, row, column, Severity.Notice, row.Key, null, MessageCatalogue.Format(
                    MessageCatalogue.CodeUnknown, context.Naming.Table(Table), row.Key, label ?? NoName));
                continue;
            }

            if (label is not null && !string.Equals(label, entry.Name, StringComparison.Ordinal) && !ClassificationNames.Matches(label, entry.Name))
            {
                var severity = entry.Verified ? Min(Severity.Warning, Severity) : Severity.Notice;
                Report(context, sink, row, column, severity, label, entry.Name, MessageCatalogue.Format(
                    entry.Verified ? MessageCatalogue.CodeNameMismatch : MessageCatalogue.CodeNameMismatchUnverified,
                    context.Naming.Table(Table), row.Key, label, entry.Name));
                failed |= severity >= Severity.Warning;
            }
        }

        if (!any)
        {
            return RuleState.NotApplicable;
        }

        return failed ? RuleState.Failed : RuleState.Passed;
    }

    // Names and cell lists are built only for a row that is reported: the passing path allocates nothing.
    private void Report(
        CheckContext context, FindingSink sink, TableRow row, int column, Severity severity,
        string? printed, string? expected, string message) =>
        sink.Add(new Finding(
            Id, severity, context.Naming.Table(Table) + " " + context.Naming.Row(Table, row.Key), message, printed, expected,
            [new CellRef(Table, row.Key, column)], row.Source));

    private static bool Contains(IReadOnlyList<int> lengths, int length)
    {
        for (var i = 0; i < lengths.Count; i++)
        {
            if (lengths[i] == length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The 类/款 codes above a code that the table does not list, nearest first.</summary>
    private static List<string>? MissingAncestors(DisclosureTable table, string code)
    {
        List<string>? missing = null;
        for (var parent = ClassificationCatalogue.ParentCodeOf(code); parent is not null; parent = ClassificationCatalogue.ParentCodeOf(parent))
        {
            if (table.Find(parent) is null)
            {
                (missing ??= []).Add(parent);
            }
            else
            {
                // A listed parent is checked on its own row; what lies above it is its concern.
                break;
            }
        }

        return missing;
    }

    private static ClassificationScheme CatalogueScheme(CodeScheme scheme) => scheme switch
    {
        CodeScheme.Functional or CodeScheme.FunctionalClass => ClassificationScheme.Functional,
        CodeScheme.DepartmentEconomic => ClassificationScheme.DepartmentEconomic,
        CodeScheme.GovernmentEconomic => ClassificationScheme.GovernmentEconomic,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    private static string SchemeName(CodeScheme scheme) => scheme switch
    {
        CodeScheme.FunctionalClass => MessageCatalogue.SchemeFunctionalClass,
        CodeScheme.DepartmentEconomic => MessageCatalogue.SchemeDepartmentEconomic,
        CodeScheme.GovernmentEconomic => MessageCatalogue.SchemeGovernmentEconomic,
        _ => MessageCatalogue.SchemeFunctional,
    };

    private static Severity Min(Severity a, Severity b) => a <= b ? a : b;
}
