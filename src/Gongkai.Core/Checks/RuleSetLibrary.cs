using Gongkai.Data;
using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>The rule sets known, and the choice of one for a report's kind, year and region.</summary>
public sealed class RuleSetLibrary
{
    private static readonly Lazy<RuleSetLibrary> BuiltInLazy = new(() =>
        new RuleSetLibrary(BuiltInData.Names("rules/")
            .Where(n => !n.StartsWith("rules/performance/", StringComparison.Ordinal)) // scoring rule sets: another format
            .Select(n => RuleSetParser.Parse(BuiltInData.Read(n), n))));

    private readonly List<RuleSet> sets;

    /// <summary>Creates a library.</summary>
    public RuleSetLibrary(IEnumerable<RuleSet> sets) => this.sets = [.. sets];

    /// <summary>The rule sets shipped with Gongkai.</summary>
    public static RuleSetLibrary BuiltIn => BuiltInLazy.Value;

    /// <summary>All sets.</summary>
    public IReadOnlyList<RuleSet> Sets => sets;

    /// <summary>The set for a kind, year and region: the region's own, else the default covering the year, else the latest default.</summary>
    public RuleSet For(DisclosureKind kind, int year, string? region = null) =>
        chosen.GetOrAdd((kind, year, region ?? ""), k => Choose(k.Kind, k.Year, k.Region.Length == 0 ? null : k.Region));

    // Every report checked asks for its set: remember the choice instead of filtering the list each time.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(DisclosureKind Kind, int Year, string Region), RuleSet> chosen = new();

    private RuleSet Choose(DisclosureKind kind, int year, string? region)
    {
        bool Covers(RuleSet s) => year >= s.FromYear && (s.ToYear is null || year <= s.ToYear);
        var ofKind = sets.Where(s => s.Kind == kind).ToList();
        if (ofKind.Count == 0)
        {
            ofKind = sets.Where(s => s.Kind == DisclosureKind.FinalAccounts).ToList();
        }

        return ofKind.FirstOrDefault(s => region is not null && s.Region == region && Covers(s))
            ?? ofKind.FirstOrDefault(s => s.Region == "default" && Covers(s))
            ?? ofKind.OrderByDescending(s => s.FromYear).First();
    }
}
