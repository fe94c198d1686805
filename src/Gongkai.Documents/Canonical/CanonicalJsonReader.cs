using System.Text;
using System.Text.Json;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// Reads a report in Gongkai's canonical JSON format (docs/FORMAT.md). The input is checked in full: encoding, syntax,
/// nesting, the format marker and version, every field, and every table, row and column against the template set
/// that applies to the report. Anything wrong becomes a <see cref="DocumentReadException"/> whose Chinese message
/// names the file and the place (line and column for syntax; table, row and column for content); nothing is dropped
/// silently and no other exception escapes for bad input.
/// </summary>
public static class CanonicalJsonReader
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Reads a file; the size limit (<see cref="CanonicalFormat.MaxBytes"/>) is checked before it is loaded.</summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="templates">The templates to check against; null for <see cref="TemplateLibrary.BuiltIn"/>.</param>
    public static UnitYearReport ReadFile(string path, TemplateLibrary? templates = null)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > CanonicalFormat.MaxBytes)
            {
                throw TooLarge(path, stream.Length);
            }

            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException || (e is ArgumentException && !File.Exists(path)))
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileNotFound, path), path, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), path, inner: e);
        }

        return Read(bytes, path, templates);
    }

    /// <summary>Reads JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="sourceName">The file or upload name used in messages.</param>
    /// <param name="templates">The templates to check against; null for <see cref="TemplateLibrary.BuiltIn"/>.</param>
    public static UnitYearReport Read(string json, string sourceName, TemplateLibrary? templates = null)
    {
        ArgumentNullException.ThrowIfNull(json);

        // A string over the limit in characters is over it in bytes too; refuse it before encoding a huge copy.
        if (json.Length > CanonicalFormat.MaxBytes)
        {
            throw TooLarge(sourceName, json.Length);
        }

        return Read(Encoding.UTF8.GetBytes(json), sourceName, templates);
    }

    /// <summary>Reads UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="sourceName">The file or upload name used in messages.</param>
    /// <param name="templates">The templates to check against; null for <see cref="TemplateLibrary.BuiltIn"/>.</param>
    public static UnitYearReport Read(ReadOnlySpan<byte> utf8, string sourceName, TemplateLibrary? templates = null)
    {
        if (utf8.Length > CanonicalFormat.MaxBytes)
        {
            throw TooLarge(sourceName, utf8.Length);
        }

        if (utf8.StartsWith(Utf8Bom))
        {
            utf8 = utf8[Utf8Bom.Length..];
        }

        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileEmpty, sourceName), sourceName);
        }

        JsonTextCheck.Validate(utf8, sourceName);

        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(utf8, JsonTextCheck.Options(CanonicalFormat.MaxDepth));
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            // Unreachable after the check above; kept so that a difference between the two passes is still a read error.
            throw JsonTextCheck.Malformed(e, utf8, sourceName);
        }

        using (document)
        {
            return new CanonicalModelBuilder(sourceName, templates ?? TemplateLibrary.BuiltIn).Build(document.RootElement);
        }
    }

    private static DocumentReadException TooLarge(string sourceName, long length) =>
        new(MessageCatalogue.Format(MessageCatalogue.FileTooLarge, sourceName, length, CanonicalFormat.MaxBytes), sourceName);
}
