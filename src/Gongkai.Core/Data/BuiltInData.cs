using System.Reflection;

namespace Gongkai.Data;

/// <summary>
/// The data files shipped inside the core assembly (templates, rule sets, classification catalogues), so that the
/// domain works with no file system. Users override them with files of their own through the outer layers.
/// </summary>
public static class BuiltInData
{
    private static readonly Assembly Assembly = typeof(BuiltInData).Assembly;

    /// <summary>Logical names of the shipped files under a folder (catalogues/, rules/, templates/).</summary>
    public static IEnumerable<string> Names(string folder) =>
        Assembly.GetManifestResourceNames().Where(n => n.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>The text of a shipped file.</summary>
    public static string Read(string logicalName)
    {
        using var stream = Assembly.GetManifestResourceStream(logicalName)
            ?? throw new FileNotFoundException("built-in data missing: " + logicalName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
