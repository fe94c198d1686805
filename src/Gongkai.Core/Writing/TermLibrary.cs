using System.Text.Json;
using Gongkai.Data;
using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>
/// The maintained 名词解释 lists (templates/terms/*.json): what 第四部分 prints when a report carries no term
/// definitions of its own.
/// </summary>
public static class TermLibrary
{
    private static readonly Lazy<IReadOnlyList<TermDefinition>> FinalAccountsLazy =
        new(() => Parse(BuiltInData.Read("terms/final-accounts.json"), "templates/terms/final-accounts.json"));

    /// <summary>The shipped list for 部门决算公开.</summary>
    public static IReadOnlyList<TermDefinition> FinalAccounts => FinalAccountsLazy.Value;

    /// <summary>The report's own definitions, else the maintained list.</summary>
    public static IReadOnlyList<TermDefinition> For(UnitYearReport report) =>
        report.TermDefinitions.Count > 0 ? report.TermDefinitions : FinalAccounts;

    /// <summary>Parses a term list file (format gongkai.terms, version 1); a malformed file throws FormatException.</summary>
    public static IReadOnlyList<TermDefinition> Parse(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.GetProperty("format").GetString() != "gongkai.terms" || root.GetProperty("version").GetInt32() != 1)
            {
                throw new FormatException(Messages.MessageCatalogue.Format(Messages.MessageCatalogue.ExportTermsMalformed, name, "format/version"));
            }

            return [.. root.GetProperty("terms").EnumerateArray().Select(t =>
                new TermDefinition(t.GetProperty("term").GetString() ?? "", t.GetProperty("definition").GetString() ?? ""))];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException(Messages.MessageCatalogue.Format(Messages.MessageCatalogue.ExportTermsMalformed, name, e.Message), e);
        }
    }
}
