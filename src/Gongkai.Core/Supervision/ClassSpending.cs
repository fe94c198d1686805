namespace Gongkai.Supervision;

/// <summary>Spending on one 功能分类 类 (公开03表 本年支出合计 of the 类 row), in 万元.</summary>
/// <param name="Code">The 类 code (201).</param>
/// <param name="Name">The name as printed.</param>
/// <param name="Amount">The amount.</param>
public sealed record ClassSpending(string Code, string Name, decimal Amount);
