using Gongkai.Model;

namespace Gongkai.Checks.Expressions;

/// <summary>One signed term of a linear expression: a cell, a sum over a row set, or a constant.</summary>
public sealed class Term
{
    private Term(int sign) => Sign = sign;

    /// <summary>+1 or -1.</summary>
    public int Sign { get; }

    /// <summary>The table of a cell or sum term.</summary>
    public DisclosureTableKind Table { get; private init; }

    /// <summary>The row of a cell term.</summary>
    public RowSpec? Row { get; private init; }

    /// <summary>The row set of a sum term.</summary>
    public RowSetKind? RowSet { get; private init; }

    /// <summary>The parent row of a <c>children(p)</c> sum.</summary>
    public RowSpec? RowSetParent { get; private init; }

    /// <summary>The column of a cell or sum term.</summary>
    public ColumnSpec? Column { get; private init; }

    /// <summary>The value of a constant term.</summary>
    public decimal Constant { get; private init; }

    /// <summary>True for a constant.</summary>
    public bool IsConstant => Row is null && RowSet is null;

    /// <summary>A cell term.</summary>
    public static Term Cell(int sign, DisclosureTableKind table, RowSpec row, ColumnSpec column) =>
        new(sign) { Table = table, Row = row, Column = column };

    /// <summary>A sum term.</summary>
    public static Term Sum(int sign, DisclosureTableKind table, RowSetKind set, RowSpec? parent, ColumnSpec column) =>
        new(sign) { Table = table, RowSet = set, RowSetParent = parent, Column = column };

    /// <summary>A constant term.</summary>
    public static Term Number(int sign, decimal value) => new(sign) { Constant = value };
}
