namespace Gongkai.Checks;

/// <summary>
/// The 尾数误差 (rounding difference) tolerance of DOMAIN.md §4: when n printed addends, each rounded to 0.01, are
/// compared with a printed total, the difference can reach 0.005·(n+1). A difference within
/// max(<see cref="Minimum"/>, <see cref="PerAddend"/>·(n+1)) is a notice; beyond it, a failure of the rule's severity.
/// </summary>
public sealed record Tolerance(decimal Minimum = 0.01m, decimal PerAddend = 0.005m)
{
    /// <summary>The default tolerance.</summary>
    public static Tolerance Default { get; } = new();

    /// <summary>The allowed absolute difference for a comparison involving <paramref name="addends"/> printed addends.</summary>
    public decimal For(int addends) => Math.Max(Minimum, PerAddend * (addends + 1));
}
