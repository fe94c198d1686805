using System.Globalization;
using System.IO.Compression;
using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.OpenData;

/// <summary>
/// The bulk download of many reports (a region and year): a zip holding, per report, its canonical JSON and its
/// open-data CSV under one name, and index.csv listing them. Nothing in it needs Gongkai to read: JSON and CSV only.
/// </summary>
public static class OpenDataArchive
{
    /// <summary>The zip of <paramref name="reports"/>; each file name is unit-year-kind (made unique when two collide).</summary>
    public static byte[] Write(IEnumerable<UnitYearReport> reports, TemplateLibrary? templates = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        templates ??= TemplateLibrary.BuiltIn;
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            var index = new StringBuilder();
            CsvText.AppendRow(index, "unit", "region", "year", "kind", "json", "csv", "cells");
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var report in reports)
            {
                var name = FileName(report, used);
                var csv = OpenDataCsv.WriteBytes(report, templates);
                Add(zip, name + ".json", Encoding.UTF8.GetBytes(CanonicalJsonWriter.Write(report)));
                Add(zip, name + ".csv", csv);
                var cells = report.Tables.Sum(t => t.Rows.Sum(r => CountCells(r)));
                CsvText.AppendRow(index, CsvText.Text(report.Unit.Name), CsvText.Text(report.Unit.Region), report.Year.ToString(CultureInfo.InvariantCulture),
                    report.Kind.ToString(), CsvText.Text(name + ".json"), CsvText.Text(name + ".csv"), cells.ToString(CultureInfo.InvariantCulture));
            }

            Add(zip, "index.csv", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(index.ToString())).ToArray());
        }

        return stream.ToArray();
    }

    private static int CountCells(TableRow row)
    {
        var n = 0;
        foreach (var c in row.Cells)
        {
            if (c is not null)
            {
                n++;
            }
        }

        return n;
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var s = entry.Open();
        s.Write(content);
    }

    // A file name without path separators or characters Windows refuses.
    private static string FileName(UnitYearReport report, HashSet<string> used)
    {
        var unit = new string([.. (report.Unit.Name.Length > 0 ? report.Unit.Name : "unit").Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '/' or '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c)]);
        var name = string.Create(CultureInfo.InvariantCulture, $"{unit}-{report.Year}-{report.Kind}");
        var unique = name;
        for (var i = 2; !used.Add(unique); i++)
        {
            unique = string.Create(CultureInfo.InvariantCulture, $"{name}-{i}");
        }

        return unique;
    }
}
