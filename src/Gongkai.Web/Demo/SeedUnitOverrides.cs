using Gongkai.Model;

namespace Gongkai.Web.Demo;

/// <summary>
/// The unit names the readers cannot find in a demo document (a seed that never names its place): a CSV of
/// <c>file,unit,region</c> lines (header first; region may be empty), applied only where the reading left the name blank.
/// </summary>
public sealed class SeedUnitOverrides
{
    private readonly Dictionary<string, (string Unit, string? Region)> byFile = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reads the file; a missing file gives no overrides.</summary>
    public static SeedUnitOverrides Load(string? path)
    {
        var overrides = new SeedUnitOverrides();
        if (path is null || !File.Exists(path))
        {
            return overrides;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length >= 2 && cells[0].Trim().Length > 0 && cells[1].Trim().Length > 0)
            {
                var region = cells.Length > 2 && cells[2].Trim().Length > 0 ? cells[2].Trim() : null;
                overrides.byFile[cells[0].Trim()] = (cells[1].Trim(), region);
            }
        }

        return overrides;
    }

    /// <summary>Fills the unit's name (and region) of a report read from <paramref name="fileName"/> when it is blank.</summary>
    public void Apply(string fileName, UnitYearReport report)
    {
        if (report.Unit.Name.Length > 0 || !byFile.TryGetValue(fileName, out var entry))
        {
            return;
        }

        report.Unit.Name = entry.Unit;
        report.Unit.Region ??= entry.Region ?? Documents.Reading.UnitNameInference.RegionOf(entry.Unit);
    }
}
