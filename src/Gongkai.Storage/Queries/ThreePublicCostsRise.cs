namespace Gongkai.Storage.Queries;

/// <summary>A unit whose 三公经费 决算数 rose faster than the threshold over the prior year.</summary>
/// <param name="UnitName">The unit as stored (reports.unit_name).</param>
/// <param name="Region">The unit's region in the later year.</param>
/// <param name="Prior">公开07表 “三公”经费 决算数合计 (column 7) of the prior year, 万元.</param>
/// <param name="Current">The same cell of the year asked about, 万元.</param>
/// <param name="ChangeRate">(Current − Prior) / Prior, exact (not rounded).</param>
public sealed record ThreePublicCostsRise(string UnitName, string Region, decimal Prior, decimal Current, decimal ChangeRate);
