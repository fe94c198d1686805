using System.Diagnostics;
using System.Globalization;
using Gongkai.Cli;
using Gongkai.Consolidation;
using Gongkai.Model;
using Gongkai.Synthetic;

namespace Gongkai.Bench;

/// <summary>
/// Supervision across many units (issue 7), wall time on every core:
/// consolidate_100k_memory_s — 100,000 synthetic seed-sized unit reports held in memory added into one (汇总); the
/// reports cycle over a pool of 2,000 distinct ones (GONGKAI_BENCH_POOL), as 100,000 distinct reports would need some
/// 4 GB only to hold them, and consolidation reads each report once whatever its identity.
/// bulk_audit_1000_s — `gongkai audit DIR --summary --format json` run in-process over 1,000 text documents the size
/// of seed 001 (its text with the amounts of every document changed, so no two are alike), read and fully audited in
/// parallel (tables, sentences, wording), output included.
/// </summary>
public sealed class SupervisionBenchmark : IBenchmark
{
    private static readonly int PoolSize = int.TryParse(Environment.GetEnvironmentVariable("GONGKAI_BENCH_POOL"), out var n) ? n : 2_000;

    /// <inheritdoc />
    public string Name => "supervision";

    private static double ProcessorSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var generator = new SyntheticReportGenerator(seed: 20201231);
        var pool = Enumerable.Range(0, PoolSize).Select(_ => generator.Next()).ToArray();
        var members = Enumerable.Range(0, 100_000).Select(i => pool[i % pool.Length]).ToArray();

        // Warm up (tiered compilation), then the best of a few runs: the figure is what the code costs, not the noise.
        Consolidator.Consolidate("预热", members[..20_000]);
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        UnitYearReport? consolidated = null;
        for (var run = 0; run < (quick ? 2 : 5); run++)
        {
            var cpu = ProcessorSeconds();
            var watch = Stopwatch.StartNew();
            consolidated = Consolidator.Consolidate("合成区", members).Report;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            bestCpu = Math.Min(bestCpu, ProcessorSeconds() - cpu);
        }

        GC.KeepAlive(consolidated);
        yield return new Figure("consolidate_100k_memory_s", best, "s");

        // Processor seconds of the same run (all threads): on a shared machine the wall time above includes waiting
        // for a core; this does not. Wall time on an idle machine is at least this divided by the cores.
        yield return new Figure("consolidate_100k_cpu_s", bestCpu, "s");

        var dir = Path.Combine(Path.GetTempPath(), "gongkai-bench-audit-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dir);
        try
        {
            var text = ReadAuditBenchmark.SeedText();
            for (var i = 0; i < 1_000; i++)
            {
                var amount = (876.17m + i / 100m).ToString(CultureInfo.InvariantCulture);
                File.WriteAllText(Path.Combine(dir, $"doc-{i:0000}.txt"), text.Replace("876.17", amount, StringComparison.Ordinal));
            }

            // Warm up on a few documents, then time the whole directory.
            var warm = Path.Combine(dir, "warm");
            Directory.CreateDirectory(warm);
            foreach (var f in Directory.GetFiles(dir).Take(20))
            {
                File.Copy(f, Path.Combine(warm, Path.GetFileName(f)));
            }

            CliApp.Run(["audit", warm, "--summary", "--format", "json"], TextWriter.Null, TextWriter.Null);
            Directory.Delete(warm, true);
            var bestAudit = double.MaxValue;
            var bestAuditCpu = double.MaxValue;
            for (var run = 0; run < (quick ? 1 : 3); run++)
            {
                var output = new StringWriter();
                var cpu = ProcessorSeconds();
                var watch = Stopwatch.StartNew();
                var code = CliApp.Run(["audit", dir, "--summary", "--format", "json"], output, TextWriter.Null);
                bestAudit = Math.Min(bestAudit, watch.Elapsed.TotalSeconds);
                bestAuditCpu = Math.Min(bestAuditCpu, ProcessorSeconds() - cpu);
                if (code == 2 || !output.ToString().Contains("\"documents\": 1000", StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("bulk audit did not read all 1,000 documents");
                }
            }

            yield return new Figure("bulk_audit_1000_s", bestAudit, "s");
            yield return new Figure("bulk_audit_1000_cpu_s", bestAuditCpu, "s");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
