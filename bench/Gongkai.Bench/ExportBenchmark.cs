using System.Diagnostics;
using Gongkai.Documents.Export;
using Gongkai.Model;
using Gongkai.Synthetic;
using Gongkai.Writing;

namespace Gongkai.Bench;

/// <summary>
/// Export throughput on one core (processor time) for seed-001-sized synthetic reports: the whole 部门决算公开 as DOCX (document model
/// built and written, export_docx_per_s) and the tables as XLSX (export_xlsx_per_s); and PDF through LibreOffice for a
/// small batch converted in one soffice call, start-up included (export_pdf_per_s; left out when soffice is absent).
/// </summary>
public sealed class ExportBenchmark : IBenchmark
{
    /// <inheritdoc />
    public string Name => "export";

    /// <inheritdoc />
    public IEnumerable<Figure> Run(bool quick)
    {
        var generator = new SyntheticReportGenerator(seed: 20201231);
        var pool = Enumerable.Range(0, 64).Select(_ => generator.Next()).ToArray();
        var seconds = quick ? 1.5 : 6.0;
        Measure(pool, r => DocxReportWriter.Write(FinalAccountsDocumentBuilder.Build(r)).Length, 0.5);
        Measure(pool, r => XlsxReportWriter.Write(r).Length, 0.5);
        var docx = Measure(pool, r => DocxReportWriter.Write(FinalAccountsDocumentBuilder.Build(r)).Length, seconds);
        var xlsx = Measure(pool, r => XlsxReportWriter.Write(r).Length, seconds);
        yield return new Figure("export_docx_per_s", 1 / docx, "documents/s");
        yield return new Figure("export_xlsx_per_s", 1 / xlsx, "workbooks/s");
        yield return new Figure("export_html_per_s", 1 / Measure(pool, r => HtmlReportWriter.Write(r).Length, seconds / 2), "pages/s");

        if (PdfReportWriter.IsAvailable)
        {
            var batch = pool.Take(quick ? 4 : 16).Select(r => FinalAccountsDocumentBuilder.Build(r)).ToList();
            var watch = Stopwatch.StartNew();
            var pdfs = PdfReportWriter.Write(batch);
            watch.Stop();
            yield return new Figure("export_pdf_per_s", pdfs.Count / watch.Elapsed.TotalSeconds, "documents/s");
            yield return new Figure("export_pdf_batch", pdfs.Count, "documents");
        }
    }

    /// <summary>
    /// Processor seconds per report of <paramref name="work"/> run on this one thread, over about
    /// <paramref name="seconds"/> of processor time. Processor time rather than wall time: the figure must not
    /// depend on what else the machine runs (GC threads count, as they work for this thread).
    /// </summary>
    private static double Measure(UnitYearReport[] pool, Func<UnitYearReport, int> work, double seconds)
    {
        var sink = 0L;
        var count = 0L;
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var elapsed = TimeSpan.Zero;
        while (elapsed.TotalSeconds < seconds)
        {
            foreach (var report in pool)
            {
                sink += work(report);
            }

            count += pool.Length;
            process.Refresh();
            elapsed = process.TotalProcessorTime - start;
        }

        GC.KeepAlive(sink);
        return elapsed.TotalSeconds / count;
    }
}
