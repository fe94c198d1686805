namespace Gongkai.Web.Api;

/// <summary>A published report in GET /api/reports.</summary>
/// <param name="Id">Its number.</param>
/// <param name="Region">The unit's region ("" when unknown).</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Kind">FinalAccounts or Budget.</param>
/// <param name="Status">Always Published here.</param>
/// <param name="Html">The page (/reports/{id}).</param>
/// <param name="Json">The canonical JSON (/reports/{id}.json).</param>
public sealed record PublishedReport(long Id, string Region, string Unit, int Year, string Kind, string Status, string Html, string Json);
