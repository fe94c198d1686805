namespace Gongkai.Ledgers;

/// <summary>
/// One line of a unit's flat ledger: one amount (or one text) with what it is booked to. Which fields a line needs
/// depends on its <see cref="Type"/>; <see cref="MissingField"/> says which one is lacking, for readers and the builder
/// alike.
/// </summary>
public sealed record LedgerLine(LedgerLineType Type)
{
    /// <summary>The amount in 万元 (as entered: its scale is kept), or null for text lines.</summary>
    public decimal? Amount { get; init; }

    /// <summary>支出功能分类 code: a 7-digit 项, or a 5-digit 款 where the 款 has no 项.</summary>
    public string? FunctionalCode { get; init; }

    /// <summary>部门预算支出经济分类 款 (5 digits).</summary>
    public string? EconomicCode { get; init; }

    /// <summary>What an expenditure is for.</summary>
    public ExpenditureUse? Use { get; init; }

    /// <summary>Where the money comes from.</summary>
    public FundingSource? Source { get; init; }

    /// <summary>The “三公” item of a 三公预算 or 三公决算 line.</summary>
    public ThreePublicCostItem? ThreePublicItem { get; init; }

    /// <summary>
    /// The key of an explanation figure (a fixed-row key of the explanation figures, or a functional code for its
    /// 年初预算) or of a reason (as in <see cref="Model.UnitYearReport.Reasons"/>).
    /// </summary>
    public string? Key { get; init; }

    /// <summary>The column (栏次) of an explanation figure: 1 本年数, 2 年初预算数, 3 上年决算数.</summary>
    public int? Column { get; init; }

    /// <summary>The text of a reason or subject name.</summary>
    public string? Text { get; init; }

    /// <summary>The line of the source file this came from (1-based), when read from a file.</summary>
    public int? SourceLine { get; init; }

    /// <summary>An expenditure line.</summary>
    public static LedgerLine Expenditure(
        string functionalCode, string? economicCode, ExpenditureUse use, FundingSource source, decimal amount) =>
        new(LedgerLineType.Expenditure)
        {
            FunctionalCode = functionalCode, EconomicCode = economicCode, Use = use, Source = source, Amount = amount,
        };

    /// <summary>An income line.</summary>
    public static LedgerLine Income(string functionalCode, FundingSource source, decimal amount) =>
        new(LedgerLineType.Income) { FunctionalCode = functionalCode, Source = source, Amount = amount };

    /// <summary>An explanation figure.</summary>
    public static LedgerLine Figure(string key, int column, decimal amount) =>
        new(LedgerLineType.ExplanationFigure) { Key = key, Column = column, Amount = amount };

    /// <summary>
    /// The first field this line needs and lacks, or null when it has all it needs. Economic codes are needed only
    /// for 一般公共预算 spending (公开06/07表 are built from them); functional codes on carryovers only for 政府性基金
    /// (公开08表 lists its balances by code).
    /// </summary>
    public LedgerField? MissingField()
    {
        return Type switch
        {
            LedgerLineType.Expenditure =>
                FunctionalCode is null ? LedgerField.FunctionalCode
                : Source is null ? LedgerField.Source
                : EconomicCode is null && Source == FundingSource.GeneralPublicBudget ? LedgerField.EconomicCode
                : Use is null ? LedgerField.Use
                : AmountMissing(),
            LedgerLineType.Income =>
                FunctionalCode is null ? LedgerField.FunctionalCode
                : Source is null ? LedgerField.Source
                : AmountMissing(),
            LedgerLineType.OpeningCarryover or LedgerLineType.ClosingCarryover =>
                Source is null ? LedgerField.Source
                : FunctionalCode is null && Source == FundingSource.GovernmentFund ? LedgerField.FunctionalCode
                : AmountMissing(),
            LedgerLineType.UseOfNonAppropriationBalance or LedgerLineType.BalanceDistribution => AmountMissing(),
            LedgerLineType.ThreePublicCostsBudget or LedgerLineType.ThreePublicCostsActual =>
                ThreePublicItem is null ? LedgerField.Item : AmountMissing(),
            LedgerLineType.ExplanationFigure =>
                Key is null ? LedgerField.Item
                : Column is null ? LedgerField.Column
                : AmountMissing(),
            LedgerLineType.Reason => Key is null ? LedgerField.Item : TextMissing(),
            LedgerLineType.SubjectName =>
                FunctionalCode is null && EconomicCode is null ? LedgerField.FunctionalCode : TextMissing(),
            _ => LedgerField.Type,
        };
    }

    private LedgerField? AmountMissing() => Amount is null ? LedgerField.Amount : null;

    private LedgerField? TextMissing() => string.IsNullOrWhiteSpace(Text) ? LedgerField.Text : null;
}
