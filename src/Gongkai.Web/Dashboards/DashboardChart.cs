namespace Gongkai.Web.Dashboards;

/// <summary>
/// One chart of a dashboard as data: the page shows it as a data table (always) and, where script runs, as an
/// ECharts chart drawn by wwwroot/js/dashboard.js from the same JSON.
/// </summary>
/// <param name="Id">The element id (ASCII).</param>
/// <param name="Type">pie, bar or line.</param>
/// <param name="Title">The Chinese title.</param>
/// <param name="Unit">The unit of the values (万元, 分).</param>
/// <param name="Categories">The categories (x axis or pie slices).</param>
/// <param name="Series">The series.</param>
public sealed record DashboardChart(string Id, string Type, string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<DashboardSeries> Series);
