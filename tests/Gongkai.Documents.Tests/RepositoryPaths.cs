namespace Gongkai.Documents.Tests;

/// <summary>Locates the repository (the folder holding Gongkai.slnx) and the shared folder beside it.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The repository root.</summary>
    public static string Root => RootLazy.Value;

    /// <summary>A path below the repository root.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }
}
