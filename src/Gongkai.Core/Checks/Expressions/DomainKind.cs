namespace Gongkai.Checks.Expressions;

/// <summary>What a forEach variable runs over.</summary>
public enum DomainKind
{
    /// <summary><c>rows(T)</c>: every row of the table.</summary>
    Rows,

    /// <summary><c>coded(T)</c>: every coded row.</summary>
    Coded,

    /// <summary><c>parents(T)</c>: coded rows that have at least one child row in the table.</summary>
    Parents,

    /// <summary><c>classes(T, U, …)</c>: the union of the 3-digit codes of the tables.</summary>
    Classes,

    /// <summary><c>rowsWith(T, n)</c>: rows whose template has column n.</summary>
    RowsWithColumn,

    /// <summary><c>columns(T)</c>: the columns of the table's coded rows.</summary>
    Columns,

    /// <summary><c>[1, 2, 3]</c>: the listed column numbers.</summary>
    Numbers,
}
