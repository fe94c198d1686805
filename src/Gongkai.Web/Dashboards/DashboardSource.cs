using Gongkai.Storage.Reports;
using Gongkai.Web.Rendering;
using Gongkai.Workflow;

namespace Gongkai.Web.Dashboards;

/// <summary>The published reports of a unit or a region, as audited views (from the render cache), and their dashboards.</summary>
public sealed class DashboardSource(ReportStore store, ReportRenderCache cache, DashboardBuilder builder)
{
    /// <summary>The unit's dashboard, or null when the unit has no published report.</summary>
    public async Task<Dashboard?> UnitAsync(string unitName, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(r => r.UnitName == unitName, cancellationToken);
        return views.Count == 0 ? null : builder.ForUnit(unitName, views);
    }

    /// <summary>The region's dashboard, or null when the region has no published report.</summary>
    public async Task<Dashboard?> RegionAsync(string region, CancellationToken cancellationToken)
    {
        var views = await ViewsAsync(r => r.Region == region, cancellationToken);
        return views.Count == 0 ? null : builder.ForRegion(region, views);
    }

    private async Task<List<ReportView>> ViewsAsync(Func<ReportSummary, bool> selected, CancellationToken cancellationToken)
    {
        var views = new List<ReportView>();
        foreach (var summary in (await store.ListPublishedAsync(cancellationToken)).Where(selected))
        {
            if (await store.GetAsync(summary.Id, cancellationToken) is { Status: ReportStatus.Published } record)
            {
                views.Add(cache.View(record));
            }
        }

        return views;
    }
}
