using System.Text.Json;
using Gongkai.Data;

namespace Gongkai.Claims;

/// <summary>
/// Misspellings that are wrong in every context (rules/claims/misspellings.json), each with its correction. Data, not
/// code, so a region can add the slips its documents repeat.
/// </summary>
public sealed class MisspellingList
{
    private static readonly Lazy<MisspellingList> BuiltInLazy = new(() => Parse(BuiltInData.Read("rules/claims/misspellings.json")));

    private MisspellingList(IReadOnlyList<(string Wrong, string Right)> entries) => Entries = entries;

    /// <summary>The list shipped with Gongkai.</summary>
    public static MisspellingList BuiltIn => BuiltInLazy.Value;

    /// <summary>The entries, longest wrong string first (so a longer slip is reported rather than a part of it).</summary>
    public IReadOnlyList<(string Wrong, string Right)> Entries { get; }

    /// <summary>Parses a list in the format of rules/claims/misspellings.json.</summary>
    /// <exception cref="FormatException">The text is not such a list.</exception>
    public static MisspellingList Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("format", out var format) || format.GetString() != "gongkai.misspellings")
            {
                throw new FormatException("not a gongkai.misspellings file");
            }

            var entries = root.GetProperty("entries").EnumerateArray()
                .Select(e => (Wrong: e.GetProperty("wrong").GetString() ?? "", Right: e.GetProperty("right").GetString() ?? ""))
                .Where(e => e.Wrong.Length > 0 && e.Right.Length > 0 && e.Wrong != e.Right)
                .OrderByDescending(e => e.Wrong.Length).ThenBy(e => e.Wrong, StringComparer.Ordinal)
                .ToList();
            return new MisspellingList(entries);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException("invalid gongkai.misspellings file: " + e.Message, e);
        }
    }
}
