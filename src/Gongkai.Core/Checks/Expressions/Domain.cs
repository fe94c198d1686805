using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>The values a forEach variable takes: rows of tables, or column numbers.</summary>
public sealed record Domain(DomainKind Kind, IReadOnlyList<DisclosureTableKind> Tables, IReadOnlyList<int> Numbers)
{
    /// <summary>True when the variable is a column number rather than a row.</summary>
    public bool IsColumnDomain => Kind is DomainKind.Columns or DomainKind.Numbers;
}
