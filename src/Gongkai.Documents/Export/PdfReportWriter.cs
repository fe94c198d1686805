using System.Diagnostics;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Writing;

namespace Gongkai.Documents.Export;

/// <summary>
/// PDF through LibreOffice headless: the DOCX of <see cref="DocxReportWriter"/> converted by
/// <c>soffice --headless --convert-to pdf</c>. LibreOffice embeds the CJK fonts it substitutes (Noto CJK), so
/// pdftotext gets the Chinese back. Each call runs one soffice process with a private, throw-away profile (so calls
/// may run in parallel and never touch the user's profile) under a time limit; several files per call share the
/// start-up cost. No .NET PDF library is used: the only one available here is AGPL (docs/EXPORT.md).
/// </summary>
public static class PdfReportWriter
{
    /// <summary>The default time limit of one soffice call.</summary>
    public static TimeSpan DefaultTimeout { get; } = TimeSpan.FromMinutes(2);

    private static readonly string[] Candidates =
    [
        "/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice", "/opt/libreoffice/program/soffice",
        "/usr/local/bin/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    ];

    /// <summary>The soffice executable: GONGKAI_SOFFICE, then PATH (soffice, libreoffice), then the usual places; null when absent.</summary>
    public static string? FindSoffice()
    {
        if (Environment.GetEnvironmentVariable("GONGKAI_SOFFICE") is { Length: > 0 } configured && File.Exists(configured))
        {
            return configured;
        }

        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice", "soffice.exe" })
            {
                var path = Path.Combine(directory, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }

        return Candidates.FirstOrDefault(File.Exists);
    }

    /// <summary>True when soffice is installed.</summary>
    public static bool IsAvailable => FindSoffice() is not null;

    /// <summary>The PDF of one report's document.</summary>
    public static byte[] Write(UnitYearReport report, ExplanationOptions? options = null, TimeSpan? timeout = null) =>
        Write([FinalAccountsDocumentBuilder.Build(report, options)], timeout)[0];

    /// <summary>The PDFs of several documents, converted in one soffice call.</summary>
    public static IReadOnlyList<byte[]> Write(IReadOnlyList<FinalAccountsDocument> documents, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var work = Directory.CreateTempSubdirectory("gongkai-pdf-");
        try
        {
            var inputs = new List<string>();
            for (var i = 0; i < documents.Count; i++)
            {
                var path = Path.Combine(work.FullName, $"document-{i}.docx");
                File.WriteAllBytes(path, DocxReportWriter.Write(documents[i]));
                inputs.Add(path);
            }

            var outputs = Convert(inputs, work.FullName, "pdf", timeout);
            return [.. outputs.Select(File.ReadAllBytes)];
        }
        finally
        {
            TryDelete(work.FullName);
        }
    }

    /// <summary>
    /// Converts files (DOCX, XLSX…) with one soffice call into <paramref name="outputDirectory"/> and returns the paths
    /// of the results in input order. <paramref name="format"/> is soffice's target (pdf, png).
    /// </summary>
    public static IReadOnlyList<string> Convert(
        IReadOnlyList<string> inputs, string outputDirectory, string format = "pdf", TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (inputs.Count == 0)
        {
            return [];
        }

        var soffice = FindSoffice() ?? throw new DocumentWriteException(MessageCatalogue.ExportSofficeMissing);
        var limit = timeout ?? DefaultTimeout;
        Directory.CreateDirectory(outputDirectory);
        var profile = Directory.CreateTempSubdirectory("gongkai-lo-profile-");
        try
        {
            WriteFontReplacements(profile.FullName);
            var start = new ProcessStartInfo(soffice)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                CreateNoWindow = true,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                         "-env:UserInstallation=" + new Uri(profile.FullName + Path.DirectorySeparatorChar).AbsoluteUri,
                         "--convert-to", format, "--outdir", outputDirectory,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            foreach (var input in inputs)
            {
                start.ArgumentList.Add(Path.GetFullPath(input));
            }

            string errors;
            using (var process = Process.Start(start) ?? throw new DocumentWriteException(MessageCatalogue.ExportSofficeMissing))
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(limit))
                {
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // It ended between the wait and the kill.
                    }

                    throw new DocumentWriteException(MessageCatalogue.Format(MessageCatalogue.ExportSofficeTimeout,
                        (int)limit.TotalSeconds, string.Join("、", inputs.Select(Path.GetFileName))));
                }

                process.WaitForExit();
                errors = (stderr.Result + stdout.Result).Trim();
                if (process.ExitCode != 0)
                {
                    throw new DocumentWriteException(MessageCatalogue.Format(MessageCatalogue.ExportSofficeFailed, process.ExitCode, errors));
                }
            }

            var results = new List<string>();
            foreach (var input in inputs)
            {
                var output = Path.Combine(outputDirectory, Path.GetFileNameWithoutExtension(input) + "." + format);
                if (!File.Exists(output))
                {
                    throw new DocumentWriteException(MessageCatalogue.Format(MessageCatalogue.ExportPdfNotProduced, output, errors));
                }

                results.Add(output);
            }

            return results;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new DocumentWriteException(MessageCatalogue.ExportSofficeMissing, e);
        }
        finally
        {
            TryDelete(profile.FullName);
        }
    }

    /// <summary>
    /// LibreOffice's replacement table in the private profile: each official font (方正小标宋简体, 黑体, 仿宋_GB2312…)
    /// is drawn with its named free stand-in (<see cref="DocumentFont.FreeFallback"/>) rather than whatever face
    /// fontconfig would pick for an unknown name (a sans face for every one of them).
    /// </summary>
    private static void WriteFontReplacements(string profile)
    {
        var user = Directory.CreateDirectory(Path.Combine(profile, "user"));
        var xml = new System.Text.StringBuilder();
        xml.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" ")
            .Append("xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n")
            .Append("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution\"><prop oor:name=\"Replacement\" oor:op=\"fuse\"><value>true</value></prop></item>\n");
        var n = 0;
        foreach (var font in DocumentFont.All)
        {
            xml.Append("<item oor:path=\"/org.openoffice.Office.Common/Font/Substitution/FontPairs\"><node oor:name=\"_")
                .Append(n++).Append("\" oor:op=\"replace\">")
                .Append("<prop oor:name=\"Always\" oor:op=\"fuse\"><value>true</value></prop>")
                .Append("<prop oor:name=\"OnScreenOnly\" oor:op=\"fuse\"><value>false</value></prop>")
                .Append("<prop oor:name=\"ReplaceFont\" oor:op=\"fuse\"><value>").Append(font.Name).Append("</value></prop>")
                .Append("<prop oor:name=\"SubstituteFont\" oor:op=\"fuse\"><value>").Append(font.FreeFallback).Append("</value></prop>")
                .Append("</node></item>\n");
        }

        xml.Append("</oor:items>\n");
        File.WriteAllText(Path.Combine(user.FullName, "registrymodifications.xcu"), xml.ToString());
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary directory left behind is harmless; the conversion result is what matters.
        }
    }
}
