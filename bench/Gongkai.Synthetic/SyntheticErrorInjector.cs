using System.Globalization;
using System.Text.RegularExpressions;

namespace Gongkai.Synthetic;

/// <summary>
/// Puts one error of a given kind into a text disclosure written by <see cref="SyntheticTextWriter"/> and records what
/// it changed, where, and which rule must report it, so that tests can prove the audit finds every injected error.
/// </summary>
public static partial class SyntheticErrorInjector
{
    /// <summary>The rule that reports each kind.</summary>
    public static IReadOnlyDictionary<SyntheticErrorKind, string> RuleOf { get; } = new Dictionary<SyntheticErrorKind, string>
    {
        [SyntheticErrorKind.TableArithmetic] = "R03a",
        [SyntheticErrorKind.RollUp] = "R02b",
        [SyntheticErrorKind.CrossTable] = "X2b",
        [SyntheticErrorKind.SubjectName] = "N-SUBJECT",
        [SyntheticErrorKind.UnknownCode] = "C-T05",
        [SyntheticErrorKind.GrowthBase] = "N-GROWTH",
        [SyntheticErrorKind.WrongShare] = "N-SHARE",
        [SyntheticErrorKind.CompletionRate] = "N-COMPLETION",
        [SyntheticErrorKind.UnitSlip] = "N-UNIT",
        [SyntheticErrorKind.ItemMismatch] = "N-ITEMS",
        [SyntheticErrorKind.PlaceTypo] = "W-PLACE",
        [SyntheticErrorKind.RepeatedWord] = "W-REPEAT",
    };

    /// <summary>
    /// The text with one error of <paramref name="kind"/>, and what was injected; null when the text has no place for
    /// that kind (a report without 项 rows, a unit name without a place name).
    /// </summary>
    public static (string Text, InjectedError Error)? Inject(string text, SyntheticErrorKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        var at = kind switch
        {
            SyntheticErrorKind.TableArithmetic => ChangeRow(lines, "公开03表", 7, [3]),
            SyntheticErrorKind.RollUp => ChangeRow(lines, "公开02表", 7, [2, 3]),
            SyntheticErrorKind.CrossTable => ChangeRow(lines, "公开01表", 3, [4]),
            SyntheticErrorKind.UnknownCode => ChangeCode(lines, "公开05表"),
            SyntheticErrorKind.SubjectName => Replace(lines, l => l.Contains("主要用于以下方面：", StringComparison.Ordinal), SubjectAfterColon(), m => m.Groups[1].Value + m.Groups[2].Value[..2] + "预算" + m.Groups[2].Value[2..] + "（类）"),
            SyntheticErrorKind.GrowthBase => Replace(lines, _ => true, Growth(), WrongBase),
            SyntheticErrorKind.WrongShare => Replace(lines, _ => true, BasicShare(), m => m.Groups[1].Value + Shift(m.Groups[2].Value, 3m) + "%"),
            SyntheticErrorKind.CompletionRate => Replace(lines, l => l.StartsWith("1、", StringComparison.Ordinal), Completion(), m => m.Groups[1].Value + Shift(m.Groups[2].Value, 2m) + "%"),
            SyntheticErrorKind.UnitSlip => Replace(lines, _ => true, IncomeTotal(), m => m.Groups[1].Value + "元"),
            SyntheticErrorKind.ItemMismatch => Replace(lines, l => l.Contains("人员经费", StringComparison.Ordinal), PersonnelItems(), m => m.Groups[1].Value),
            SyntheticErrorKind.PlaceTypo => Replace(lines, l => l.StartsWith("第一部分", StringComparison.Ordinal) && l.EndsWith("概况", StringComparison.Ordinal), Place(), m => (m.Value[0] == '涪' ? "泸" : "涪") + m.Value[1..]),
            SyntheticErrorKind.RepeatedWord => Replace(lines, l => l.Contains("根据预算绩效管理要求", StringComparison.Ordinal), Repeatable(), m => "根据预算预算绩效"),
            _ => -1,
        };
        if (at < 0)
        {
            return null;
        }

        var original = text.Split('\n')[at];
        return (string.Join('\n', lines), new InjectedError(kind, RuleOf[kind], at + 1, original, lines[at]));
    }

    // The first data row of the table numbered `number` whose code has `codeLength` digits: each listed cell (0-based,
    // code and name included) gets 1.00 more.
    private static int ChangeRow(string[] lines, string number, int codeLength, int[] cells)
    {
        var row = FindRow(lines, number, codeLength, cells);
        if (row < 0)
        {
            return -1;
        }

        var parts = lines[row].Split('\t');
        foreach (var c in cells)
        {
            parts[c] = (decimal.Parse(parts[c], CultureInfo.InvariantCulture) + 1m).ToString("0.00", CultureInfo.InvariantCulture);
        }

        lines[row] = string.Join('\t', parts);
        return row;
    }

    private static int ChangeCode(string[] lines, string number)
    {
        var row = FindRow(lines, number, 7, [2]);
        if (row < 0)
        {
            return -1;
        }

        var parts = lines[row].Split('\t');
        parts[0] = parts[0][..5] + (parts[0][5..] == "97" ? "96" : "97");
        lines[row] = string.Join('\t', parts);
        return row;
    }

    private static int FindRow(string[] lines, string number, int codeLength, int[] cells)
    {
        var start = Array.FindIndex(lines, l => l.Trim() == number);
        if (start < 0)
        {
            return -1;
        }

        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("注：", StringComparison.Ordinal); i++)
        {
            var parts = lines[i].Split('\t');
            if (parts[0].Length == codeLength && parts[0].All(char.IsAsciiDigit)
                && cells.All(c => c < parts.Length && decimal.TryParse(parts[c], NumberStyles.Number, CultureInfo.InvariantCulture, out _)))
            {
                return i;
            }
        }

        return -1;
    }

    private static int Replace(string[] lines, Func<string, bool> where, Regex pattern, Func<Match, string> replacement)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (!where(lines[i]))
            {
                continue;
            }

            var m = pattern.Match(lines[i]);
            if (m.Success)
            {
                var changed = lines[i][..m.Index] + replacement(m) + lines[i][(m.Index + m.Length)..];
                if (changed != lines[i])
                {
                    lines[i] = changed;
                    return i;
                }
            }
        }

        return -1;
    }

    // 增长 over 本年 (the seed-003 mistake): D ÷ A instead of D ÷ (A ∓ D).
    private static string WrongBase(Match m)
    {
        var total = decimal.Parse(m.Groups["total"].Value, CultureInfo.InvariantCulture);
        var change = decimal.Parse(m.Groups["change"].Value, CultureInfo.InvariantCulture);
        var wrong = Math.Round(change / total * 100m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture);
        return m.Value[..(m.Groups["rate"].Index - m.Index)] + wrong + "%";
    }

    private static string Shift(string percent, decimal by) =>
        (decimal.Parse(percent, CultureInfo.InvariantCulture) + by).ToString("0.0", CultureInfo.InvariantCulture);

    [GeneratedRegex("(：)([^（：；，。]{4,12})（类）")]
    private static partial Regex SubjectAfterColon();

    [GeneratedRegex("总计均为(?<total>[0-9.]+)万元。与上年相比，(增加|减少)(?<change>[0-9.]+)万元，(增长|下降)(?<rate>[0-9.]+)%")]
    private static partial Regex Growth();

    [GeneratedRegex("(基本支出[0-9.]+万元，占)([0-9.]+)%")]
    private static partial Regex BasicShare();

    [GeneratedRegex("(完成年初预算的)([0-9.]+)%")]
    private static partial Regex Completion();

    [GeneratedRegex("(本年收入合计[0-9.]+)万元")]
    private static partial Regex IncomeTotal();

    [GeneratedRegex("(主要包括)[^、；]+、")]
    private static partial Regex PersonnelItems();

    [GeneratedRegex("[^市省州]{2}(?=区|县)")]
    private static partial Regex Place();

    [GeneratedRegex("根据预算绩效")]
    private static partial Regex Repeatable();
}
