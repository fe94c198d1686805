namespace Gongkai.Web.Dashboards;

/// <summary>A dashboard of a unit or a region: its title, the reports it draws on and its charts.</summary>
/// <param name="Title">The Chinese title.</param>
/// <param name="Reports">The reports used: id, unit, year.</param>
/// <param name="Charts">The charts, each with its data.</param>
public sealed record Dashboard(string Title, IReadOnlyList<DashboardReport> Reports, IReadOnlyList<DashboardChart> Charts);
