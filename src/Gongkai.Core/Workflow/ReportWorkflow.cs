using Gongkai.Messages;

namespace Gongkai.Workflow;

/// <summary>
/// The workflow of a report, as pure rules: which step leads where, when a report may be edited, and why a step is
/// refused. Who may take a step is <see cref="Access.AccessPolicy"/>'s question; this class answers whether the report's
/// state and content allow it.
/// </summary>
public static class ReportWorkflow
{
    /// <summary>The state a step leads to from <paramref name="from"/>, or null when the step does not start there.</summary>
    public static ReportStatus? Target(ReportStatus from, WorkflowAction action) => (from, action) switch
    {
        (ReportStatus.Draft or ReportStatus.Returned, WorkflowAction.Submit) => ReportStatus.Submitted,
        (ReportStatus.Submitted, WorkflowAction.Return) => ReportStatus.Returned,
        (ReportStatus.Submitted, WorkflowAction.Approve) => ReportStatus.Approved,
        (ReportStatus.Approved, WorkflowAction.Publish) => ReportStatus.Published,
        _ => null,
    };

    /// <summary>
    /// Whether the document may be changed: only while the unit holds it (Draft, or Returned for correction). A
    /// submitted, approved or published report is frozen, so that what was reviewed is what is published.
    /// </summary>
    public static bool CanEdit(ReportStatus status) => status is ReportStatus.Draft or ReportStatus.Returned;

    /// <summary>The steps that start from this state, in enum order.</summary>
    public static IReadOnlyList<WorkflowAction> ActionsFrom(ReportStatus status) =>
        Enum.GetValues<WorkflowAction>().Where(a => Target(status, a) is not null).ToList();

    /// <summary>
    /// Decides one step: it must start from <paramref name="from"/>; a submission is refused while the report has
    /// error-severity findings; a return needs a comment (the reviewer's reasons).
    /// </summary>
    /// <param name="from">The report's state now.</param>
    /// <param name="action">The step asked for.</param>
    /// <param name="errorCount">How many error-severity findings the report's checks give now.</param>
    /// <param name="comment">The comment given with the step (may be null or blank except for a return).</param>
    public static WorkflowDecision Decide(ReportStatus from, WorkflowAction action, int errorCount, string? comment)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(errorCount);
        if (Target(from, action) is not { } to)
        {
            return new WorkflowDecision(from, MessageCatalogue.Format(
                MessageCatalogue.WorkflowStepNotFromState, ActionName(action), StatusName(from)));
        }

        if (action == WorkflowAction.Submit && errorCount > 0)
        {
            return new WorkflowDecision(from, MessageCatalogue.Format(MessageCatalogue.WorkflowSubmitHasErrors, errorCount));
        }

        if (action == WorkflowAction.Return && string.IsNullOrWhiteSpace(comment))
        {
            return new WorkflowDecision(from, MessageCatalogue.WorkflowReturnNeedsComment);
        }

        return new WorkflowDecision(to, null);
    }

    /// <summary>The Chinese name of a step (上报, 退回, 审核通过, 公开).</summary>
    public static string ActionName(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => MessageCatalogue.WorkflowActionSubmit,
        WorkflowAction.Return => MessageCatalogue.WorkflowActionReturn,
        WorkflowAction.Approve => MessageCatalogue.WorkflowActionApprove,
        _ => MessageCatalogue.WorkflowActionPublish,
    };

    /// <summary>The Chinese name of a state (草稿, 已上报, 退回, 审核通过, 已公开).</summary>
    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Draft => MessageCatalogue.WebStatusDraft,
        ReportStatus.Submitted => MessageCatalogue.WebStatusSubmitted,
        ReportStatus.Returned => MessageCatalogue.WebStatusReturned,
        ReportStatus.Approved => MessageCatalogue.WebStatusApproved,
        _ => MessageCatalogue.WebStatusPublished,
    };
}
