namespace Gongkai.Model;

/// <summary>Names one cell: a table kind, a row key and a column number (栏次).</summary>
public readonly record struct CellRef(DisclosureTableKind Table, string RowKey, int Column)
{
    /// <summary>Formula-style form used in logs and JSON (T05[2010101].2); user messages use the template's words.</summary>
    public override string ToString() => $"{Table.ShortCode()}[{RowKey}].{Column}";
}
