using Gongkai.Claims;
using Gongkai.Model;

namespace Gongkai.Core.Tests.Claims;

/// <summary>The seeds' lines as running text, each with its 1-based line number.</summary>
internal static class SeedText
{
    public static IReadOnlyList<NarrativeLine> Lines(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
        {
            dir = dir.Parent;
        }

        var seeds = Path.Combine(dir!.FullName, "..", "shared", "seeds");
        var file = Directory.GetFiles(seeds, prefix + "_*.txt").Single();
        return File.ReadAllLines(file).Select((text, i) => new NarrativeLine(text, new SourcePosition(Line: i + 1))).ToList();
    }
}
