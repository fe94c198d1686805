using System.Diagnostics;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Model;
using Gongkai.Synthetic;
using Gongkai.Templates;

namespace Gongkai.Bench;

/// <summary>
/// Checking in-memory reports: throughput on every core (check_reports_per_s) and the cost of a check relative to one
/// plain pass that only adds up every cell of the same reports, both on one core (check_to_sum_ratio).
/// </summary>
public sealed class CheckBenchmark : IBenchmark
{
    private static readonly int PoolSize = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_BENCH_POOL"), out var n) ? n : 2_000;

    /// <inheritdoc />
    public string Name => "check";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var generator = new SyntheticReportGenerator(seed: 20201231);
        var pool = Enumerable.Range(0, PoolSize).Select(_ => generator.Next()).ToArray();
        var engine = new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn);
        if (pool.Any(r => engine.Run(r).HasErrors))
        {
            throw new InvalidOperationException("synthetic reports must be consistent");
        }

        var seconds = quick ? 2.0 : 10.0;

        // Warm up both paths so that tiered compilation has settled before timing.
        Measure(pool, r => engine.Run(r).Outcomes.Count, 0.5);
        Measure(pool, SumEveryCell, 0.5);

        var checkPerReport = Measure(pool, r => engine.Run(r).Outcomes.Count, seconds / 2);
        var sumPerReport = Measure(pool, SumEveryCell, seconds / 2);

        var processed = 0L;
        var watch = Stopwatch.StartNew();
        var deadline = TimeSpan.FromSeconds(seconds);
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var local = 0L;
            for (var i = worker; watch.Elapsed < deadline; i += Environment.ProcessorCount)
            {
                for (var j = 0; j < 64; j++, i += Environment.ProcessorCount)
                {
                    engine.Run(pool[i % pool.Length]);
                    local++;
                }
            }

            Interlocked.Add(ref processed, local);
        });
        var perSecond = processed / watch.Elapsed.TotalSeconds;

        yield return new Figure("check_reports_per_s", perSecond, "reports/s");
        yield return new Figure("check_to_sum_ratio", checkPerReport / sumPerReport, "ratio");
        yield return new Figure("check_us_per_report", checkPerReport * 1e6, "us");
        yield return new Figure("sum_us_per_report", sumPerReport * 1e6, "us");
    }

    /// <summary>The plain pass: reads every cell of every table once and adds it up.</summary>
    private static int SumEveryCell(UnitYearReport report)
    {
        decimal total = 0;
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                foreach (var cell in row.Cells)
                {
                    if (cell is { } v)
                    {
                        total += v;
                    }
                }
            }
        }

        return total > 0 ? 1 : 0;
    }

    /// <summary>Seconds per report of <paramref name="work"/> on one core, over about <paramref name="seconds"/>.</summary>
    private static double Measure(UnitYearReport[] pool, Func<UnitYearReport, int> work, double seconds)
    {
        var sink = 0;
        var count = 0L;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var report in pool)
            {
                sink += work(report);
            }

            count += pool.Length;
        }

        GC.KeepAlive(sink);
        return watch.Elapsed.TotalSeconds / count;
    }
}
