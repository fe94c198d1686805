namespace Gongkai.Documents.Tests;

/// <summary>The repository root: the folder holding Gongkai.slnx, found by walking up from the test binaries.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    });

    /// <summary>The root folder.</summary>
    public static string Path => Root.Value;
}
