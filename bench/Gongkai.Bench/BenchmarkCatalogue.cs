namespace Gongkai.Bench;

/// <summary>Every benchmark, in the order they run; later issues add theirs here.</summary>
public static class BenchmarkCatalogue
{
    /// <summary>All benchmarks.</summary>
    public static IReadOnlyList<IBenchmark> All { get; } = [new CheckBenchmark(), new RuleProfile(), new ShapeProbe(), new ReadAuditBenchmark()];
}
