using Gongkai.Model;

namespace Gongkai.Ledgers;

/// <summary>
/// A unit's flat ledger for one year: who reports, the year, and one line per amount. <see cref="LedgerBuilder"/>
/// builds the nine 公开表 and the explanation figures from it.
/// </summary>
/// <param name="Unit">The unit's facts (名称, 地区, 级次, 单位性质, 编制数, 实有人数…).</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Lines">The lines, in source order.</param>
public sealed record Ledger(BudgetUnit Unit, int Year, IReadOnlyList<LedgerLine> Lines);
