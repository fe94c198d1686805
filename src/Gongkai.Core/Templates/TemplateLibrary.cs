using Gongkai.Data;
using Gongkai.Model;

namespace Gongkai.Templates;

/// <summary>All template sets known, and the choice of one for a report's kind, year and region.</summary>
public sealed class TemplateLibrary
{
    private static readonly Lazy<TemplateLibrary> BuiltInLazy = new(() =>
        new TemplateLibrary(BuiltInData.Names("templates/")
            .Where(n => !n.StartsWith("templates/performance/", StringComparison.Ordinal)) // indicator templates: another format
            .Select(n => TemplateSetParser.Parse(BuiltInData.Read(n), n))));

    private readonly List<TemplateSet> sets;

    /// <summary>Creates a library from sets.</summary>
    public TemplateLibrary(IEnumerable<TemplateSet> sets) => this.sets = [.. sets];

    /// <summary>The sets shipped with Gongkai.</summary>
    public static TemplateLibrary BuiltIn => BuiltInLazy.Value;

    /// <summary>All sets.</summary>
    public IReadOnlyList<TemplateSet> Sets => sets;

    /// <summary>
    /// The set for a disclosure kind, year and region: the region's own when there is one covering the year, else the
    /// default one covering the year, else the latest default one.
    /// </summary>
    public TemplateSet For(DisclosureKind kind, int year, string? region = null) =>
        chosen.GetOrAdd((kind, year, region ?? ""), k => Choose(k.Kind, k.Year, k.Region.Length == 0 ? null : k.Region));

    // Every report checked asks for its set: remember the choice instead of filtering the list each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(DisclosureKind Kind, int Year, string Region), TemplateSet> chosen = new();

    private TemplateSet Choose(DisclosureKind kind, int year, string? region)
    {
        var ofKind = sets.Where(s => s.Kind == kind).ToList();
        if (ofKind.Count == 0)
        {
            ofKind = sets.Where(s => s.Kind == DisclosureKind.FinalAccounts).ToList();
        }

        return ofKind.FirstOrDefault(s => region is not null && s.Region == region && s.Covers(year))
            ?? ofKind.FirstOrDefault(s => s.Region == "default" && s.Covers(year))
            ?? ofKind.OrderByDescending(s => s.FromYear).First();
    }

    /// <summary>The set that applies to a report.</summary>
    public TemplateSet For(UnitYearReport report) => For(report.Kind, report.Year, report.TemplateRegion);
}
