using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>The value of a forEach variable in one rule instance: a row (with the table it came from) or a number.</summary>
internal struct Binding
{
    public string? Key;
    public int RowIndex;
    public DisclosureTableKind RowTable;
    public int Number;

    // The row's index in another table, remembered for the inner loops that look it up once per column.
    public DisclosureTableKind CachedTable;
    public int CachedIndex;
}
