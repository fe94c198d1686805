using System.Text;

namespace Gongkai.Ledgers;

/// <summary>
/// The words a ledger uses for its line types, uses, sources and “三公” items: the Chinese name finance staff write,
/// and English aliases (the identifier, or snake_case). Matching ignores case, spaces, underscores and hyphens, and
/// treats full-width and half-width parentheses alike.
/// </summary>
public static class LedgerNames
{
    /// <summary>The 类型 of a row that states a unit fact (名称, 年度…) rather than a ledger line.</summary>
    public const string UnitRowType = "单位";

    private static readonly (Dictionary<string, LedgerLineType> Map, string[] Names) LineTypes = Build(
        (LedgerLineType.Expenditure, ["支出", "expenditure"]),
        (LedgerLineType.Income, ["收入", "income"]),
        (LedgerLineType.OpeningCarryover, ["年初结转和结余", "年初结转结余", "opening_carryover"]),
        (LedgerLineType.ClosingCarryover, ["年末结转和结余", "年末结转结余", "closing_carryover"]),
        (LedgerLineType.UseOfNonAppropriationBalance, ["使用非财政拨款结余", "use_of_non_appropriation_balance"]),
        (LedgerLineType.BalanceDistribution, ["结余分配", "balance_distribution"]),
        (LedgerLineType.ThreePublicCostsBudget, ["三公预算", "“三公”预算", "three_public_costs_budget"]),
        (LedgerLineType.ThreePublicCostsActual, ["三公决算", "“三公”决算", "three_public_costs_actual"]),
        (LedgerLineType.ExplanationFigure, ["说明", "explanation_figure", "figure"]),
        (LedgerLineType.Reason, ["原因", "reason"]),
        (LedgerLineType.SubjectName, ["科目名称", "subject_name"]));

    private static readonly (Dictionary<string, ExpenditureUse> Map, string[] Names) Uses = Build(
        (ExpenditureUse.Basic, ["基本支出", "基本", "basic"]),
        (ExpenditureUse.Project, ["项目支出", "项目", "project"]),
        (ExpenditureUse.RemittanceToHigherLevel, ["上缴上级支出", "remittance_to_higher_level"]),
        (ExpenditureUse.Business, ["经营支出", "business"]),
        (ExpenditureUse.SubsidyToSubsidiaries, ["对附属单位补助支出", "subsidy_to_subsidiaries"]));

    private static readonly (Dictionary<string, FundingSource> Map, string[] Names) Sources = Build(
        (FundingSource.GeneralPublicBudget, ["一般公共预算财政拨款", "一般公共预算", "general_public_budget"]),
        (FundingSource.GovernmentFund, ["政府性基金预算财政拨款", "政府性基金预算", "政府性基金", "government_fund"]),
        (FundingSource.StateCapital, ["国有资本经营预算财政拨款", "国有资本经营预算", "state_capital"]),
        (FundingSource.HigherLevelSubsidy, ["上级补助收入", "上级补助", "higher_level_subsidy"]),
        (FundingSource.OperatingRevenueOfInstitutions, ["事业收入", "operating_revenue_of_institutions"]),
        (FundingSource.BusinessRevenue, ["经营收入", "business_revenue"]),
        (FundingSource.SubsidiaryRemittance, ["附属单位上缴收入", "subsidiary_remittance"]),
        (FundingSource.Other, ["其他收入", "其他", "other"]));

    private static readonly (Dictionary<string, ThreePublicCostItem> Map, string[] Names) ThreePublicItems = Build(
        (ThreePublicCostItem.OfficialOverseasTravel, ["因公出国（境）费", "因公出国（境）费用", "因公出国费", "official_overseas_travel"]),
        (ThreePublicCostItem.OfficialVehiclePurchase, ["公务用车购置费", "official_vehicle_purchase"]),
        (ThreePublicCostItem.OfficialVehicleOperation, ["公务用车运行费", "公务用车运行维护费", "official_vehicle_operation"]),
        (ThreePublicCostItem.OfficialReception, ["公务接待费", "official_reception"]));

    /// <summary>The line type a 类型 names.</summary>
    public static bool TryParseLineType(string text, out LedgerLineType type) => LineTypes.Map.TryGetValue(Normalize(text), out type);

    /// <summary>True when a 类型 names a unit-fact row (单位, unit).</summary>
    public static bool IsUnitRow(string text) => Normalize(text) is UnitRowType or "unit";

    /// <summary>The use a 支出用途 names.</summary>
    public static bool TryParseUse(string text, out ExpenditureUse use) => Uses.Map.TryGetValue(Normalize(text), out use);

    /// <summary>The source a 资金来源 names.</summary>
    public static bool TryParseSource(string text, out FundingSource source) => Sources.Map.TryGetValue(Normalize(text), out source);

    /// <summary>The “三公” item a 项目 names.</summary>
    public static bool TryParseThreePublicItem(string text, out ThreePublicCostItem item) =>
        ThreePublicItems.Map.TryGetValue(Normalize(text), out item);

    /// <summary>The Chinese names a ledger may write for the line types, in enum order (for messages and docs).</summary>
    public static IReadOnlyList<string> LineTypeNames { get; } = LineTypes.Names;

    /// <summary>The Chinese names of the uses.</summary>
    public static IReadOnlyList<string> UseNames { get; } = Uses.Names;

    /// <summary>The Chinese names of the sources.</summary>
    public static IReadOnlyList<string> SourceNames { get; } = Sources.Names;

    /// <summary>The Chinese names of the “三公” items.</summary>
    public static IReadOnlyList<string> ThreePublicItemNames { get; } = ThreePublicItems.Names;

    /// <summary>The canonical Chinese name of a line type (支出, 收入…).</summary>
    public static string Chinese(LedgerLineType type) => LineTypeNames[(int)type];

    /// <summary>Folds case, spaces, underscores, hyphens and parenthesis width so that aliases match loosely.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            switch (c)
            {
                case ' ' or '\u3000' or '_' or '-' or '\t':
                    break;
                case '(':
                    sb.Append('（');
                    break;
                case ')':
                    sb.Append('）');
                    break;
                case '"' or '“' or '”':
                    break;
                default:
                    sb.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        return sb.ToString();
    }

    // The first name given for a value is its canonical Chinese name; the enum identifier is always accepted too.
    private static (Dictionary<string, T> Map, string[] Names) Build<T>(params (T Value, string[] Names)[] entries)
        where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        var canonical = new string[entries.Length];
        foreach (var (value, names) in entries)
        {
            canonical[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = names[0];
            map[Normalize(value.ToString())] = value;
            foreach (var name in names)
            {
                map[Normalize(name)] = value;
            }
        }

        return (map, canonical);
    }
}
