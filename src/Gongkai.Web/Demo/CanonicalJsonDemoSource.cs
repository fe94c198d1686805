using Gongkai.Documents;
using Gongkai.Documents.Canonical;

namespace Gongkai.Web.Demo;

/// <summary>The canonical JSON reports (*.json, format gongkai.report) of one directory, in file name order.</summary>
public sealed class CanonicalJsonDemoSource(string directory) : IDemoDocumentSource
{
    /// <summary>The directory read.</summary>
    public string Directory { get; } = directory;

    /// <inheritdoc />
    public Task<IReadOnlyList<DemoDocument>> LoadAsync(Action<string> problems, CancellationToken cancellationToken)
    {
        var documents = new List<DemoDocument>();
        if (!System.IO.Directory.Exists(Directory))
        {
            return Task.FromResult<IReadOnlyList<DemoDocument>>(documents);
        }

        foreach (var file in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                documents.Add(new DemoDocument(file, CanonicalJsonReader.ReadFile(file)));
            }
            catch (DocumentReadException e)
            {
                problems(e.Message);
            }
        }

        return Task.FromResult<IReadOnlyList<DemoDocument>>(documents);
    }
}
