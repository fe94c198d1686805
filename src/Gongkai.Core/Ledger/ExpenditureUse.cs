namespace Gongkai.Ledgers;

/// <summary>What an expenditure is for: the columns of 公开03表.</summary>
public enum ExpenditureUse
{
    /// <summary>基本支出.</summary>
    Basic,

    /// <summary>项目支出.</summary>
    Project,

    /// <summary>上缴上级支出.</summary>
    RemittanceToHigherLevel,

    /// <summary>经营支出.</summary>
    Business,

    /// <summary>对附属单位补助支出.</summary>
    SubsidyToSubsidiaries,
}
