namespace Gongkai.Web.Rendering;

/// <summary>The addresses of the dashboards: a unit or region name, URL-encoded, is the key.</summary>
public static class DashboardLinks
{
    /// <summary>/dashboards/units/{unit}.</summary>
    public static string Unit(string unitName) => "/dashboards/units/" + Uri.EscapeDataString(unitName);

    /// <summary>/dashboards/regions/{region}.</summary>
    public static string Region(string region) => "/dashboards/regions/" + Uri.EscapeDataString(region);
}
