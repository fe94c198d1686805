namespace Gongkai.Model;

/// <summary>Which disclosure a report is: the final accounts (部门决算公开) or the budget (部门预算公开).</summary>
public enum DisclosureKind
{
    /// <summary>部门决算公开.</summary>
    FinalAccounts,

    /// <summary>部门预算公开.</summary>
    Budget,
}
