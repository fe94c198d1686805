namespace Gongkai.Classification;

/// <summary>The file names under which the catalogue of each scheme is shipped (catalogues/functional.csv…).</summary>
public static class ClassificationSchemes
{
    /// <summary>The file name without extension: functional, department-economic or government-economic.</summary>
    public static string FileStem(this ClassificationScheme scheme) => scheme switch
    {
        ClassificationScheme.Functional => "functional",
        ClassificationScheme.DepartmentEconomic => "department-economic",
        ClassificationScheme.GovernmentEconomic => "government-economic",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme)),
    };

    /// <summary>
    /// The scheme a catalogue file is for, from its name (catalogues/functional.csv → Functional); false when the name
    /// is none of the three stems.
    /// </summary>
    public static bool TryFromFileName(string fileName, out ClassificationScheme scheme)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        foreach (var candidate in Enum.GetValues<ClassificationScheme>())
        {
            if (string.Equals(stem, candidate.FileStem(), StringComparison.OrdinalIgnoreCase))
            {
                scheme = candidate;
                return true;
            }
        }

        scheme = default;
        return false;
    }

    /// <summary>The code lengths a scheme allows: 3/5/7 for the functional scheme, 3/5 for the economic ones.</summary>
    public static IReadOnlyList<int> CodeLengths(this ClassificationScheme scheme) =>
        scheme == ClassificationScheme.Functional ? FunctionalLengths : EconomicLengths;

    private static readonly int[] FunctionalLengths = [3, 5, 7];
    private static readonly int[] EconomicLengths = [3, 5];
}
