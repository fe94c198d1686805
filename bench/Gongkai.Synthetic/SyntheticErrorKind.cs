namespace Gongkai.Synthetic;

/// <summary>The kinds of error <see cref="SyntheticErrorInjector"/> can put into a synthetic text disclosure (../shared/seeds/EXPECTED.md).</summary>
public enum SyntheticErrorKind
{
    /// <summary>A row of 公开03表 whose 本年支出合计 is not 基本 + 项目 (R03a).</summary>
    TableArithmetic,

    /// <summary>A 项 of 公开02表 changed in every column, so its 款 is no longer the sum (R02b).</summary>
    RollUp,

    /// <summary>A 类 of 公开01表 that no longer equals the same 类 of 公开03表 (X2b).</summary>
    CrossTable,

    /// <summary>A 类 named wrongly in the 情况说明 (一般公共预算服务 for 一般公共服务; N-SUBJECT).</summary>
    SubjectName,

    /// <summary>A 项 code of 公开05表 that the catalogue does not hold (C-T05).</summary>
    UnknownCode,

    /// <summary>A growth rate computed over this year's amount instead of last year's (N-GROWTH).</summary>
    GrowthBase,

    /// <summary>A share (占…%) that is not part ÷ whole (N-SHARE).</summary>
    WrongShare,

    /// <summary>A 完成年初预算的…% that is not 决算 ÷ 年初预算 (N-COMPLETION).</summary>
    CompletionRate,

    /// <summary>An amount printed in 元 where 万元 is meant (N-UNIT).</summary>
    UnitSlip,

    /// <summary>A non-zero 款 of 公开06表 left out of the 人员经费 items (N-ITEMS).</summary>
    ItemMismatch,

    /// <summary>The unit's place name misspelt (涪口 for 渌口; W-PLACE).</summary>
    PlaceTypo,

    /// <summary>A word written twice (预算预算; W-REPEAT).</summary>
    RepeatedWord,
}
