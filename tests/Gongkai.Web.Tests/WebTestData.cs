using System.Text.RegularExpressions;
using Gongkai.Audit;
using Gongkai.Checks;
using Gongkai.Classification;
using Gongkai.Documents.Canonical;
using Gongkai.Templates;

namespace Gongkai.Web.Tests;

/// <summary>The repository's files and the reference audit the web answers are compared with.</summary>
internal static partial class WebTestData
{
    /// <summary>The folder holding Gongkai.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gongkai.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Gongkai.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>samples/seed-001.json.</summary>
    public static string Seed001Path => Path.Combine(RepositoryRoot(), "samples", "seed-001.json");

    /// <summary>The bytes of samples/seed-001.json.</summary>
    public static byte[] Seed001Bytes() => File.ReadAllBytes(Seed001Path);

    /// <summary>What <c>gongkai audit</c> finds in a canonical JSON text: the same auditor over the built-in libraries.</summary>
    public static CheckResult ReferenceAudit(string json, string name)
    {
        var report = CanonicalJsonReader.Read(json, name);
        var auditor = new DocumentAuditor(
            new CheckEngine(RuleSetLibrary.BuiltIn, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn), TemplateLibrary.BuiltIn);
        return auditor.Audit(report, []);
    }

    /// <summary>The anti-forgery token of a page's form.</summary>
    public static string FormToken(string html) => TokenPattern().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No anti-forgery field in the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
