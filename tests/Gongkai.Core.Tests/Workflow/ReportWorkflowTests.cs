using Gongkai.Workflow;

namespace Gongkai.Core.Tests.Workflow;

public sealed class ReportWorkflowTests
{
    public static TheoryData<ReportStatus, WorkflowAction> Every()
    {
        var data = new TheoryData<ReportStatus, WorkflowAction>();
        foreach (var status in Enum.GetValues<ReportStatus>())
        {
            foreach (var action in Enum.GetValues<WorkflowAction>())
            {
                data.Add(status, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void Each_step_leads_only_from_its_state(ReportStatus from, WorkflowAction action)
    {
        // 草稿/退回 →上报→ 已上报 →退回→ 退回, 已上报 →审核通过→ 审核通过 →公开→ 已公开; nothing else.
        ReportStatus? expected = (from, action) switch
        {
            (ReportStatus.Draft, WorkflowAction.Submit) => ReportStatus.Submitted,
            (ReportStatus.Returned, WorkflowAction.Submit) => ReportStatus.Submitted,
            (ReportStatus.Submitted, WorkflowAction.Return) => ReportStatus.Returned,
            (ReportStatus.Submitted, WorkflowAction.Approve) => ReportStatus.Approved,
            (ReportStatus.Approved, WorkflowAction.Publish) => ReportStatus.Published,
            _ => null,
        };

        Assert.Equal(expected, ReportWorkflow.Target(from, action));
        var decision = ReportWorkflow.Decide(from, action, errorCount: 0, comment: "请核对公开05表。");
        Assert.Equal(expected is not null, decision.Allowed);
        Assert.Equal(expected ?? from, decision.To);
        if (expected is null)
        {
            Assert.Equal(
                $"不能{ReportWorkflow.ActionName(action)}：报告当前状态为“{ReportWorkflow.StatusName(from)}”，此状态下不能进行这一步。",
                decision.Refusal);
        }
    }

    [Theory]
    [InlineData(ReportStatus.Draft, true)]
    [InlineData(ReportStatus.Submitted, false)]
    [InlineData(ReportStatus.Returned, true)]
    [InlineData(ReportStatus.Approved, false)]
    [InlineData(ReportStatus.Published, false)]
    public void Only_draft_and_returned_reports_can_be_edited(ReportStatus status, bool editable) =>
        Assert.Equal(editable, ReportWorkflow.CanEdit(status));

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    public void Submission_is_refused_while_error_findings_remain(ReportStatus from)
    {
        var refused = ReportWorkflow.Decide(from, WorkflowAction.Submit, errorCount: 3, comment: null);
        Assert.False(refused.Allowed);
        Assert.Equal(from, refused.To);
        Assert.Equal("不能上报：审核发现 3 项错误，请先改正所有错误后再上报。", refused.Refusal);

        var accepted = ReportWorkflow.Decide(from, WorkflowAction.Submit, errorCount: 0, comment: null);
        Assert.True(accepted.Allowed);
        Assert.Equal(ReportStatus.Submitted, accepted.To);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000\n")]
    public void A_return_without_a_comment_is_refused(string? comment)
    {
        var decision = ReportWorkflow.Decide(ReportStatus.Submitted, WorkflowAction.Return, 0, comment);
        Assert.False(decision.Allowed);
        Assert.Equal(ReportStatus.Submitted, decision.To);
        Assert.Equal("退回时必须填写退回意见，说明需要修改的内容。", decision.Refusal);
    }

    [Fact]
    public void Error_findings_do_not_stop_a_reviewer_returning_a_report()
    {
        var decision = ReportWorkflow.Decide(ReportStatus.Submitted, WorkflowAction.Return, 5, "公开01表收入合计与支出合计不平衡。");
        Assert.True(decision.Allowed);
        Assert.Equal(ReportStatus.Returned, decision.To);
    }

    [Fact]
    public void Actions_from_each_state_follow_the_targets()
    {
        Assert.Equal([WorkflowAction.Submit], ReportWorkflow.ActionsFrom(ReportStatus.Draft));
        Assert.Equal([WorkflowAction.Return, WorkflowAction.Approve], ReportWorkflow.ActionsFrom(ReportStatus.Submitted));
        Assert.Equal([WorkflowAction.Submit], ReportWorkflow.ActionsFrom(ReportStatus.Returned));
        Assert.Equal([WorkflowAction.Publish], ReportWorkflow.ActionsFrom(ReportStatus.Approved));
        Assert.Empty(ReportWorkflow.ActionsFrom(ReportStatus.Published));
    }

    [Fact]
    public void A_negative_error_count_is_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportWorkflow.Decide(ReportStatus.Draft, WorkflowAction.Submit, -1, null));
}
