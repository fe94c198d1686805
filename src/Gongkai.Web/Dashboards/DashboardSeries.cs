namespace Gongkai.Web.Dashboards;

/// <summary>One series of a chart: its name and one value per category (null where the reports give none).</summary>
/// <param name="Name">The series' Chinese name (图例).</param>
/// <param name="Values">In 万元 (or points for scores), aligned with the chart's categories.</param>
public sealed record DashboardSeries(string Name, IReadOnlyList<decimal?> Values);
