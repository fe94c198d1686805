using Gongkai.Workflow;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Demo;

/// <summary>
/// Demo data for a first start: on an empty database, every report of the registered <see cref="IDemoDocumentSource"/>s
/// is stored as published, so the portal has something to show, and the log says what was loaded.
/// </summary>
internal static class DemoData
{
    /// <summary>Configuration key of the directory of demo JSON reports (default: samples/ of the repository).</summary>
    public const string DirectoryKey = "Gongkai:DemoDataDirectory";

    /// <summary>Registers the default source: the configured directory, or the repository's samples folder.</summary>
    public static IServiceCollection AddGongkaiDemoData(this IServiceCollection services)
    {
        services.AddSingleton<IDemoDocumentSource>(sp => new CanonicalJsonDemoSource(ResolveDirectory(
            sp.GetRequiredService<IConfiguration>()[DirectoryKey], sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        return services;
    }

    /// <summary>
    /// The configured directory (relative to the content root), else samples/ under the content root, else samples/ of
    /// the repository holding the content root (found by Gongkai.slnx), so that <c>dotnet run --project
    /// src/Gongkai.Web</c> finds it from a fresh clone.
    /// </summary>
    public static string ResolveDirectory(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (Directory.Exists(samples) && (dir.FullName == contentRoot || File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx"))))
            {
                return samples;
            }
        }

        return Path.Combine(contentRoot, "samples");
    }

    /// <summary>Loads the demo reports when the store is empty; does nothing otherwise.</summary>
    /// <returns>How many reports were stored.</returns>
    public static async Task<int> LoadIfEmptyAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken = default)
    {
        var store = services.GetRequiredService<ReportStore>();
        if (await store.CountAsync(cancellationToken) > 0)
        {
            return 0;
        }

        var loaded = 0;
        foreach (var source in services.GetServices<IDemoDocumentSource>())
        {
            var documents = await source.LoadAsync(
                problem => logger.LogWarning("{Message}", MessageCatalogue.Format(MessageCatalogue.WebDemoSkipped, problem)),
                cancellationToken);
            foreach (var document in documents)
            {
                var report = document.Report;
                try
                {
                    var stored = await store.InsertAsync(
                        new NewReport(
                            report.Unit.Region ?? "", report.Unit.Name, report.Year, report.Kind, ReportStatus.Published,
                            CanonicalJsonWriter.Write(report)),
                        cancellationToken);
                    loaded++;
                    logger.LogInformation("{Message}", MessageCatalogue.Format(
                        MessageCatalogue.WebDemoLoaded, report.Unit.Name, report.Year, ReportStore.KindName(report.Kind),
                        document.SourceName, stored.Id));
                }
                catch (ReportWriteException e)
                {
                    logger.LogWarning("{Message}", MessageCatalogue.Format(MessageCatalogue.WebDemoSkipped, e.Message));
                }
            }
        }

        logger.LogInformation("{Message}", MessageCatalogue.Format(MessageCatalogue.WebDemoSummary, loaded));
        return loaded;
    }
}
