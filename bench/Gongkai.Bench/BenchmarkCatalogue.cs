namespace Gongkai.Bench;

/// <summary>Every benchmark, in the order they run; later issues add theirs here.</summary>
public static class BenchmarkCatalogue
{
    /// <summary>The benchmarks whose figures docs/BENCHMARKS.md records; a plain run (and --quick) runs them all.</summary>
    public static IReadOnlyList<IBenchmark> All { get; } = [new CheckBenchmark(), new ReadAuditBenchmark(), new ExportBenchmark(), new StorageBenchmark()];

    /// <summary>Diagnostics run only when named with --only (e.g. --only rules: the time of each rule).</summary>
    public static IReadOnlyList<IBenchmark> Diagnostics { get; } = [new RuleProfile()];
}
