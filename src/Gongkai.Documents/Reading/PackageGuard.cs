using System.IO.Compression;
using Gongkai.Messages;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Checks a DOCX/XLSX package before the OpenXml SDK opens it: a valid zip, no part that unpacks beyond
/// <see cref="ReadLimits.MaxPartBytes"/>, no more than <see cref="ReadLimits.MaxPackageBytes"/> in all (zip bombs),
/// and tells which of the two it is.
/// </summary>
public static class PackageGuard
{
    /// <summary>Which Office package the zip is: "docx", "xlsx", or null for another zip.</summary>
    public static string? Inspect(Stream stream, string sourceName, string formatName)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            string? kind = null;
            foreach (var entry in zip.Entries)
            {
                if (entry.Length > ReadLimits.MaxPartBytes)
                {
                    throw new DocumentReadException(MessageCatalogue.Format(
                        MessageCatalogue.ReadingPackagePartTooLarge, sourceName, entry.FullName, entry.Length, ReadLimits.MaxPartBytes), sourceName);
                }

                total += entry.Length;
                if (total > ReadLimits.MaxPackageBytes)
                {
                    throw new DocumentReadException(MessageCatalogue.Format(
                        MessageCatalogue.ReadingPackageTooLarge, sourceName, total, ReadLimits.MaxPackageBytes), sourceName);
                }

                if (entry.FullName.Equals("word/document.xml", StringComparison.OrdinalIgnoreCase))
                {
                    kind = "docx";
                }
                else if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase))
                {
                    kind = "xlsx";
                }
            }

            return kind;
        }
        catch (InvalidDataException e)
        {
            throw new DocumentReadException(
                MessageCatalogue.Format(MessageCatalogue.ReadingPackageInvalid, sourceName, formatName, e.Message), sourceName, null, e);
        }
        finally
        {
            stream.Position = 0;
        }
    }
}
