namespace Gongkai.Workflow;

/// <summary>
/// Where a report stands in the workflow 草稿 → 已上报 → 退回 / 审核通过 → 已公开. Stored as the member name (stable English
/// codes); the pages show the Chinese names.
/// </summary>
public enum ReportStatus
{
    /// <summary>草稿: being compiled by the unit.</summary>
    Draft,

    /// <summary>已上报: submitted for review.</summary>
    Submitted,

    /// <summary>退回: returned by the reviewer with comments.</summary>
    Returned,

    /// <summary>审核通过: approved, not yet published.</summary>
    Approved,

    /// <summary>已公开: published; the only state the public sees.</summary>
    Published,
}
