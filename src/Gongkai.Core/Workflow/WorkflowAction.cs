namespace Gongkai.Workflow;

/// <summary>A step of the workflow 草稿 → 已上报 → 退回 / 审核通过 → 已公开. Stored in the history as the member name.</summary>
public enum WorkflowAction
{
    /// <summary>上报: the unit hands in a Draft or Returned report (refused while it has error findings).</summary>
    Submit,

    /// <summary>退回: the reviewer sends a Submitted report back, saying why.</summary>
    Return,

    /// <summary>审核通过: the reviewer accepts a Submitted report.</summary>
    Approve,

    /// <summary>公开: the reviewer publishes an Approved report; from then on the public sees it.</summary>
    Publish,
}
