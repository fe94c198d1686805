using System.Globalization;
using Gongkai.Storage;

namespace Gongkai.Web.Sources;

/// <summary>
/// The published documents reports were read from, kept as files under the data directory
/// (sources/{report id}/{row version}/{file name}): the page of a report that is still the version read from its
/// document audits the document itself (its sentences, quoted lines and self-evaluation sheet), not just the tables.
/// An edit raises the row version, after which the stored canonical JSON alone is the report.
/// </summary>
public sealed class ReportSourceArchive(GongkaiDatabase database)
{
    private string Root => Path.Combine(database.DataDirectory, "sources");

    /// <summary>Keeps the document of a report's version.</summary>
    public void Save(long id, long rowVersion, string fileName, byte[] content)
    {
        var directory = Path.Combine(Root, Key(id), Key(rowVersion));
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, Path.GetFileName(fileName)), content);
    }

    /// <summary>The document of this version of the report, or null when it was not read from one.</summary>
    public (string FileName, byte[] Content)? Find(long id, long rowVersion)
    {
        var directory = Path.Combine(Root, Key(id), Key(rowVersion));
        if (!Directory.Exists(directory))
        {
            return null;
        }

        var file = Directory.GetFiles(directory).Order(StringComparer.Ordinal).FirstOrDefault();
        return file is null ? null : (Path.GetFileName(file), File.ReadAllBytes(file));
    }

    private static string Key(long value) => value.ToString(CultureInfo.InvariantCulture);
}
