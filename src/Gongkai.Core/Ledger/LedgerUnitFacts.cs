using System.Globalization;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Ledgers;

/// <summary>
/// The unit facts a ledger states in its 单位 rows (项目 = the fact, 内容 = the value): 名称, 地区, 级次, 单位性质,
/// 编制数, 实有人数, 年度, and the descriptive 部门职责 (one row per duty), 机构设置, 决算单位构成.
/// </summary>
public static class LedgerUnitFacts
{
    /// <summary>The fact that names the unit.</summary>
    public const string Name = "名称";

    /// <summary>The fact that gives the fiscal year.</summary>
    public const string Year = "年度";

    /// <summary>Every fact name, canonical Chinese first, then its English alias.</summary>
    public static IReadOnlyList<(string Chinese, string English)> Facts { get; } =
    [
        (Name, "name"), ("地区", "region"), ("级次", "level"), ("单位性质", "kind"), ("编制数", "authorized_headcount"),
        ("实有人数", "actual_headcount"), (Year, "year"), ("部门职责", "duty"), ("机构设置", "organisation"),
        ("决算单位构成", "reporting_scope"),
    ];

    /// <summary>
    /// Applies one fact to the unit (or to the year). Returns null when done, else a Chinese problem to report at the
    /// 项目 or 内容 column (<paramref name="field"/> says which).
    /// </summary>
    public static string? Apply(BudgetUnit unit, ref int? year, string fact, string value, out LedgerField field)
    {
        field = LedgerField.Text;
        var canonical = Canonical(fact);
        if (canonical is null)
        {
            field = LedgerField.Item;
            return MessageCatalogue.Format(
                MessageCatalogue.LedgerUnknownUnitFact, fact, string.Join("、", Facts.Select(f => f.Chinese)));
        }

        var v = value.Trim();
        switch (canonical)
        {
            case Name:
                unit.Name = v;
                return null;
            case "地区":
                unit.Region = v;
                return null;
            case "级次":
                unit.Level = v;
                return null;
            case "单位性质":
                var kind = ParseKind(v);
                if (kind is null)
                {
                    return MessageCatalogue.Format(MessageCatalogue.LedgerUnknownUnitKind, v);
                }

                unit.Kind = kind.Value;
                return null;
            case "编制数" or "实有人数":
                if (!int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
                {
                    return MessageCatalogue.Format(MessageCatalogue.LedgerNotWholeNumber, v);
                }

                if (canonical == "编制数")
                {
                    unit.AuthorizedHeadcount = count;
                }
                else
                {
                    unit.ActualHeadcount = count;
                }

                return null;
            case Year:
                var digits = v.EndsWith('年') ? v[..^1] : v;
                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2100)
                {
                    return MessageCatalogue.Format(MessageCatalogue.LedgerBadYear, v);
                }

                year = y;
                return null;
            case "部门职责":
                unit.Duties.Add(v);
                return null;
            case "机构设置":
                unit.Organisation = v;
                return null;
            default:
                unit.ReportingScope = v;
                return null;
        }
    }

    /// <summary>The canonical Chinese name of a fact named in Chinese or English, or null.</summary>
    public static string? Canonical(string fact)
    {
        var n = LedgerNames.Normalize(fact);
        foreach (var (chinese, english) in Facts)
        {
            if (n == LedgerNames.Normalize(chinese) || n == LedgerNames.Normalize(english))
            {
                return chinese;
            }
        }

        return null;
    }

    private static UnitKind? ParseKind(string text) => LedgerNames.Normalize(text) switch
    {
        "行政单位" or "行政" or "administrative" => UnitKind.Administrative,
        "参照公务员法管理的事业单位" or "参公事业单位" or "参公单位" or "civilservicemanagedinstitution" =>
            UnitKind.CivilServiceManagedInstitution,
        "事业单位" or "事业" or "publicinstitution" => UnitKind.PublicInstitution,
        _ => null,
    };
}
