namespace Gongkai.Web.Dashboards;

/// <summary>A published report a dashboard draws on.</summary>
/// <param name="Id">Its number (its page is /reports/{id}).</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Year">The fiscal year.</param>
public sealed record DashboardReport(long Id, string Unit, int Year);
