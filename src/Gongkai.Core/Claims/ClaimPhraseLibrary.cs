using System.Text.Json;
using Gongkai.Checks.Expressions;
using Gongkai.Data;
using Gongkai.Model;

namespace Gongkai.Claims;

/// <summary>The phrases (rules/claims/*.json) by which sentences name table cells, with the connectors allowed.</summary>
public sealed class ClaimPhraseLibrary
{
    private static readonly Lazy<ClaimPhraseLibrary> BuiltInLazy = new(() => Parse(BuiltInData.Read("rules/claims/final-accounts-phrases.json")));

    private ClaimPhraseLibrary(IReadOnlyList<ClaimPhrase> phrases, IReadOnlyList<string> connectors)
    {
        // Longest first, so that 一般公共预算财政拨款基本支出 wins over 基本支出.
        Phrases = [.. phrases.OrderByDescending(p => p.Phrase.Length)];
        Connectors = [.. connectors.OrderByDescending(c => c.Length)];
    }

    /// <summary>The shipped phrases.</summary>
    public static ClaimPhraseLibrary BuiltIn => BuiltInLazy.Value;

    /// <summary>The phrases, longest first.</summary>
    public IReadOnlyList<ClaimPhrase> Phrases { get; }

    /// <summary>What may stand between a phrase and its amount (为, 决算数为…), longest first.</summary>
    public IReadOnlyList<string> Connectors { get; }

    /// <summary>Parses a phrase file; cell references use the rule language (T01[IncomeTotal].1).</summary>
    public static ClaimPhraseLibrary Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var connectors = root.GetProperty("connectors").EnumerateArray().Select(c => c.GetString()!).ToList();
        var phrases = new List<ClaimPhrase>();
        foreach (var p in root.GetProperty("phrases").EnumerateArray())
        {
            var phrase = p.GetProperty("phrase").GetString()!;
            var cell = RuleExpressionParser.Parse("phrase", p.GetProperty("cell").GetString()! + " = 0", []).Left[0];
            phrases.Add(new ClaimPhrase(phrase, new CellRef(cell.Table, cell.Row!.Key!, cell.Column!.Number)));
        }

        return new ClaimPhraseLibrary(phrases, connectors);
    }
}
