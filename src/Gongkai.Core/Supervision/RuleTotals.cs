using Gongkai.Checks;

namespace Gongkai.Supervision;

/// <summary>Totals per rule over many audited documents: which mistakes are common across units.</summary>
public static class RuleTotals
{
    /// <summary>
    /// One total per rule that found anything, most findings first, then by rule id (ordinal), so that the order is
    /// stable whatever order the documents were audited in.
    /// </summary>
    public static IReadOnlyList<RuleTotal> Of(IEnumerable<CheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var totals = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            foreach (var group in result.Findings.GroupBy(f => f.RuleId, StringComparer.Ordinal))
            {
                if (!totals.TryGetValue(group.Key, out var t))
                {
                    t = new int[5];
                    totals[group.Key] = t;
                }

                t[1]++;
                foreach (var f in group)
                {
                    t[0]++;
                    t[f.Severity switch { Severity.Error => 2, Severity.Warning => 3, _ => 4 }]++;
                }
            }
        }

        return [.. totals
            .Select(kv => new RuleTotal(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4]))
            .OrderByDescending(t => t.Findings)
            .ThenBy(t => t.RuleId, StringComparer.Ordinal)];
    }
}
