namespace Gongkai.Checks.Expressions;

/// <summary>The row sets that <c>sum(T[...].c)</c> can add up.</summary>
public enum RowSetKind
{
    /// <summary><c>children(p)</c>: the coded rows one level below p (类 → 款, 款 → 项).</summary>
    Children,

    /// <summary><c>classes</c>: the 3-digit coded rows.</summary>
    Classes,

    /// <summary><c>coded</c>: every coded row.</summary>
    Coded,
}
