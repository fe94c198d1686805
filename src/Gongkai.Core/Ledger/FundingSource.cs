namespace Gongkai.Ledgers;

/// <summary>Where money comes from: the income rows of 公开01表 and the columns of 公开02表.</summary>
public enum FundingSource
{
    /// <summary>一般公共预算财政拨款.</summary>
    GeneralPublicBudget,

    /// <summary>政府性基金预算财政拨款.</summary>
    GovernmentFund,

    /// <summary>国有资本经营预算财政拨款.</summary>
    StateCapital,

    /// <summary>上级补助收入.</summary>
    HigherLevelSubsidy,

    /// <summary>事业收入.</summary>
    OperatingRevenueOfInstitutions,

    /// <summary>经营收入.</summary>
    BusinessRevenue,

    /// <summary>附属单位上缴收入.</summary>
    SubsidiaryRemittance,

    /// <summary>其他收入.</summary>
    Other,
}
