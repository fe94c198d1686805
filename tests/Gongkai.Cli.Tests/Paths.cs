namespace Gongkai.Cli.Tests;

/// <summary>The repository (the folder holding Gongkai.slnx) and a private temporary folder per test.</summary>
internal static class Paths
{
    private static readonly Lazy<string> RootLazy = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    });

    public static string Sample(string name) => Path.Combine(RootLazy.Value, "samples", name);

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "gongkai-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
