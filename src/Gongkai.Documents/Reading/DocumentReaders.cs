using System.Text;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Reads any published document: by content first (PDF magic, an Office zip, a canonical JSON object), then by
/// extension, then as text (UTF-8, else GB18030). Every failure is a <see cref="DocumentReadException"/> with a Chinese
/// message naming the file; a document that reads only in part comes back with reading notes.
/// </summary>
public static class DocumentReaders
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    /// <summary>The extensions read (lower case, with the dot).</summary>
    public static IReadOnlySet<string> Extensions { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".text", ".pdf", ".docx", ".xlsx", ".json", ".html", ".htm" };

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static ReadDocument Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileNotFound, path), name);
            }
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), name, null, e);
        }

        if (info.Length == 0)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileEmpty, path), name);
        }

        if (info.Length > ReadLimits.MaxFileBytes)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileTooLarge, path, info.Length, ReadLimits.MaxFileBytes), name);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), name, null, e);
        }

        return Read(bytes, name, path);
    }

    /// <summary>Reads a document held in memory (an upload); <paramref name="name"/> is its file name.</summary>
    public static ReadDocument Read(byte[] bytes, string name) => Read(bytes, name, null);

    private static ReadDocument Read(byte[] bytes, string name, string? path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileEmpty, name), name);
        }

        if (bytes.Length > ReadLimits.MaxFileBytes)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileTooLarge, name, bytes.Length, ReadLimits.MaxFileBytes), name);
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (IsPdf(bytes))
        {
            return ReadPdf(bytes, name, path);
        }

        if (bytes.Length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var format = extension == ".xlsx" ? MessageCatalogue.ReadingExcelFormat : MessageCatalogue.ReadingWordFormat;
            return PackageGuard.Inspect(stream, name, format) switch
            {
                "docx" => DocxDocumentReader.Read(stream, name),
                "xlsx" => XlsxDocumentReader.Read(stream, name),
                _ => throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingPackageUnknown, name), name),
            };
        }

        if (bytes.Length >= 4 && bytes[0] == 0xD0 && bytes[1] == 0xCF && bytes[2] == 0x11 && bytes[3] == 0xE0)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingUnsupportedFormat, name, extension.Length > 0 ? extension : ".doc/.xls"), name);
        }

        if (extension is ".pdf" or ".docx" or ".xlsx")
        {
            // The extension promises a format the content does not have: a truncated or mislabelled file.
            var format = extension == ".pdf" ? "PDF" : extension == ".xlsx" ? MessageCatalogue.ReadingExcelFormat : MessageCatalogue.ReadingWordFormat;
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingPackageInvalid, name, format, ""), name);
        }

        if (extension is ".doc" or ".xls" or ".wps" or ".et" or ".rtf" or ".ofd" or ".zip" or ".rar" or ".7z" or ".png" or ".jpg" or ".jpeg")
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingUnsupportedFormat, name, extension), name);
        }

        var text = Decode(bytes, name);
        if (extension == ".json" || (extension is not (".txt" or ".md" or ".markdown" or ".text") && text.TrimStart().StartsWith('{')))
        {
            var report = CanonicalJsonReader.Read(text, name);
            var kinds = new List<PublishedDocumentKind>
            {
                report.Kind == DisclosureKind.Budget ? PublishedDocumentKind.BudgetDisclosure : PublishedDocumentKind.FinalAccountsDisclosure,
            };
            return new ReadDocument(report, new SourceDocument(name, SourceFormat.Text, []), kinds, [], []);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingNoText, name), name);
        }

        if (extension is ".html" or ".htm" || HtmlDocumentReader.LooksLikeHtml(text))
        {
            return HtmlDocumentReader.Read(text, name);
        }

        return TextDocumentReader.Read(text, name);
    }

    private static ReadDocument ReadPdf(byte[] bytes, string name, string? path)
    {
        if (path is not null)
        {
            return PdfDocumentReader.Read(path, name);
        }

        var temp = Path.Combine(Path.GetTempPath(), "gongkai-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            File.WriteAllBytes(temp, bytes);
            return PdfDocumentReader.Read(temp, name);
        }
        finally
        {
            try
            {
                File.Delete(temp);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A temporary file left behind is harmless; the reading already has its result.
            }
        }
    }

    private static bool IsPdf(byte[] bytes)
    {
        var span = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        return span.IndexOf("%PDF-"u8) >= 0;
    }

    /// <summary>The text of a text document's bytes as the text reader decodes it (UTF-16 with BOM, UTF-8, else GB18030).</summary>
    public static string DecodeText(byte[] bytes, string name) => Decode(bytes, name);

    private static string Decode(byte[] bytes, string name)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var utf16 = span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return CheckText(utf16.GetString(bytes, 2, bytes.Length - 2), name);
        }

        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingNotText, name, nul), name);
        }

        var start = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return CheckText(new UTF8Encoding(false, true).GetString(bytes, start, bytes.Length - start), name);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return CheckText(Gb18030.Value.GetString(bytes), name);
            }
            catch (DecoderFallbackException e)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingEncodingUnknown, name), name, null, e);
            }
        }
    }

    private static string CheckText(string text, string name)
    {
        var control = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f') || c == '\uFFFD')
            {
                control++;
                if (control > 16 && control * 100 > text.Length)
                {
                    throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadingNotText, name, i), name);
                }
            }
        }

        return text;
    }
}
