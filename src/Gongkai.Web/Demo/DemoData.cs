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

    /// <summary>Configuration key of the directory of seed documents (default: ../shared/seeds beside the repository).</summary>
    public const string SeedDirectoryKey = "Gongkai:SeedDirectory";

    /// <summary>
    /// Registers the default source: a configured JSON directory when there is one; else the seed documents (read
    /// through the readers) when their directory exists; else the repository's samples folder.
    /// </summary>
    public static IServiceCollection AddGongkaiDemoData(this IServiceCollection services)
    {
        services.AddSingleton<Sources.ReportSourceArchive>();
        services.AddSingleton<IDemoDocumentSource>(sp =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            var contentRoot = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            var configured = configuration[DirectoryKey];
            var samples = ResolveDirectory(configured, contentRoot);
            if (string.IsNullOrWhiteSpace(configured))
            {
                var seeds = ResolveSeedDirectory(configuration[SeedDirectoryKey], samples);
                if (Directory.Exists(seeds))
                {
                    return new SeedDemoSource(seeds, SeedUnitOverrides.Load(Path.Combine(samples, "seed-units.csv")));
                }
            }

            return new CanonicalJsonDemoSource(samples);
        });
        return services;
    }

    /// <summary>The configured seed directory, else shared/seeds beside the repository that holds <paramref name="samples"/>.</summary>
    public static string ResolveSeedDirectory(string? configured, string samples) =>
        !string.IsNullOrWhiteSpace(configured)
            ? Path.GetFullPath(configured)
            : Path.GetFullPath(Path.Combine(samples, "..", "..", "shared", "seeds"));

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
        var archive = services.GetRequiredService<Sources.ReportSourceArchive>();
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
                    if (document.Original is { } original)
                    {
                        archive.Save(stored.Id, stored.RowVersion, Path.GetFileName(document.SourceName), original);
                    }

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
