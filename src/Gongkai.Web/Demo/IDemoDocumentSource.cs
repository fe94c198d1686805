namespace Gongkai.Web.Demo;

/// <summary>
/// Where demo reports come from (canonical JSON samples now; the seeds' .txt files through the readers later). A
/// source reports a file it cannot read through <paramref name="problems"/> in Chinese and goes on with the rest.
/// </summary>
public interface IDemoDocumentSource
{
    /// <summary>Reads every demo document the source holds.</summary>
    /// <param name="problems">Receives one Chinese message per file that could not be read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    Task<IReadOnlyList<DemoDocument>> LoadAsync(Action<string> problems, CancellationToken cancellationToken);
}
