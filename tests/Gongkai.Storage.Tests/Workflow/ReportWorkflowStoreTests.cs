using Gongkai.Testing;
using Gongkai.Access;
using Gongkai.Model;
using Gongkai.Storage.Accounts;
using Gongkai.Storage.Reports;
using Gongkai.Storage.Workflow;
using Gongkai.Workflow;

namespace Gongkai.Storage.Tests.Workflow;

public sealed class ReportWorkflowStoreTests : IDisposable
{
    private const string Unit = "株洲市渌口区人大常委会";

    private readonly TempDirectory temp = new();
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private readonly List<TestDatabase> databases = [];

    public void Dispose()
    {
        foreach (var database in databases)
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        temp.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_writes_the_document_and_one_history_row_per_change_with_old_and_new_values(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));
        clock.Now = clock.Now.AddMinutes(5);
        ReportChange[] changes =
        [
            new(new CellRef(DisclosureTableKind.GeneralBudgetExpenditure, "2010101", 1), null, "公开05表 行政运行（2010101）合计", "657.19", "657.20"),
            new(new CellRef(DisclosureTableKind.GeneralBudgetExpenditure, "2010104", 2), null, "公开05表 人大会议（2010104）基本支出", "24.2", null),
            new(null, "AgencyOperatingCost.Change", "情况说明原因“AgencyOperatingCost.Change”", "旧原因", "新原因"),
        ];

        var saved = await s.Workflow.SaveDocumentAsync(report.Id, 1, """{"v":2}""", changes, s.Filler.Id);

        Assert.Equal(2, saved.RowVersion);
        Assert.Equal("""{"v":2}""", (await s.Reports.GetAsync(report.Id))!.Document);
        var history = await s.Workflow.HistoryAsync(report.Id);
        Assert.Equal(3, history.Count);
        Assert.All(history, h =>
        {
            Assert.Equal(HistoryAction.Edit, h.Action);
            Assert.Equal("渌口填报员", h.UserName);
            Assert.Equal(s.Filler.Id, h.UserId);
            Assert.Equal(clock.Now, h.At);
            Assert.Equal(2, h.RowVersion);
        });
        Assert.Equal(
            [("T05[2010101].1", (string?)null, "657.19", "657.20"), ("T05[2010104].2", null, "24.2", null), ("", "AgencyOperatingCost.Change", "旧原因", "新原因")],
            history.Select(h => (h.Cell?.ToString() ?? "", h.ReasonKey, h.OldValue, h.NewValue)));
        Assert.Equal("公开05表 行政运行（2010101）合计", history[0].Place);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_that_changes_no_cell_or_reason_records_the_other_content(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));

        await s.Workflow.SaveDocumentAsync(report.Id, 1, """{"v":1,"terms":["新名词"]}""", [], s.Filler.Id);
        await s.Workflow.SaveDocumentAsync(report.Id, 2, """{"v":1,"terms":["新名词"]}""", [], s.Filler.Id);

        var entry = Assert.Single(await s.Workflow.HistoryAsync(report.Id));
        Assert.Equal("报告的其他内容（单位信息、名词解释、绩效自评等）", entry.Place);
        Assert.Equal(3, (await s.Reports.GetAsync(report.Id))!.RowVersion);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_save_names_who_saved_last_and_when_and_changes_nothing(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));
        clock.Now = new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero);
        await s.Workflow.SaveDocumentAsync(report.Id, 1, """{"v":2}""", [Change("1", "2")], s.Filler.Id);

        var stale = await Assert.ThrowsAsync<ReportWriteException>(
            () => s.Workflow.SaveDocumentAsync(report.Id, 1, """{"v":3}""", [Change("1", "3")], s.Filler.Id));

        Assert.Equal(
            "未保存：株洲市渌口区人大常委会 2020年的报告在您打开之后已被 渌口填报员 于 2026-03-01 09:30:15 UTC 保存（您打开的是第 1 版，现在是第 2 版）。为避免覆盖他人的修改，请重新打开报告，核对后再保存。",
            stale.Message);
        Assert.Equal("""{"v":2}""", (await s.Reports.GetAsync(report.Id))!.Document);
        Assert.Single(await s.Workflow.HistoryAsync(report.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_save_of_a_report_nobody_edited_here_says_when_only_and_a_missing_report_is_named(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));
        await s.Reports.UpdateAsync(report.Id, 1, Draft("""{"v":2}"""));

        var stale = await Assert.ThrowsAsync<ReportWriteException>(
            () => s.Workflow.SaveDocumentAsync(report.Id, 1, """{"v":3}""", [], s.Filler.Id));
        var missing = await Assert.ThrowsAsync<ReportWriteException>(
            () => s.Workflow.SaveDocumentAsync(report.Id + 1, 1, """{"v":3}""", [], s.Filler.Id));

        Assert.StartsWith("未保存：株洲市渌口区人大常委会 2020年的报告在您打开之后已于 2026-03-01 08:00:00 UTC 被修改（您打开的是第 1 版，现在是第 2 版）", stale.Message, StringComparison.Ordinal);
        Assert.Equal($"未保存：报告 {report.Id + 1} 不存在（可能已被删除）。", missing.Message);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_concurrent_saves_of_the_same_version_exactly_one_wins(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));

        for (var round = 0; round < 10; round++)
        {
            var version = (await s.Reports.GetAsync(report.Id))!.RowVersion;
            using var start = new ManualResetEventSlim();
            var saves = Enumerable.Range(0, 2).Select(i => Task.Run(async () =>
            {
                start.Wait();
                try
                {
                    await s.Workflow.SaveDocumentAsync(report.Id, version, $$"""{"round":{{round}},"writer":{{i}}}""", [Change("a", "b" + i)], s.Filler.Id);
                    return true;
                }
                catch (ReportWriteException)
                {
                    return false;
                }
            })).ToList();
            start.Set();
            var won = await Task.WhenAll(saves);

            Assert.Equal(1, won.Count(w => w));
            var stored = (await s.Reports.GetAsync(report.Id))!;
            Assert.Equal(version + 1, stored.RowVersion);
            Assert.Equal($$"""{"round":{{round}},"writer":{{Array.IndexOf(won, true)}}}""", stored.Document);
        }

        Assert.Equal(10, (await s.Workflow.HistoryAsync(report.Id)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_workflow_runs_submit_return_submit_approve_publish_with_history_and_the_return_comment(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));

        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(
            () => s.Workflow.TransitionAsync(report.Id, 1, WorkflowAction.Submit, 2, null, s.Filler.Id));
        Assert.Equal("不能上报：审核发现 2 项错误，请先改正所有错误后再上报。", refused.Message);

        var submitted = await s.Workflow.TransitionAsync(report.Id, 1, WorkflowAction.Submit, 0, null, s.Filler.Id);
        Assert.Equal((ReportStatus.Submitted, 2L), (submitted.Status, submitted.RowVersion));

        var frozen = await Assert.ThrowsAsync<WorkflowRefusedException>(
            () => s.Workflow.SaveDocumentAsync(report.Id, 2, """{"v":9}""", [], s.Filler.Id));
        Assert.Equal("未保存：报告当前状态为“已上报”，只有草稿或退回的报告可以修改。", frozen.Message);
        var noComment = await Assert.ThrowsAsync<WorkflowRefusedException>(
            () => s.Workflow.TransitionAsync(report.Id, 2, WorkflowAction.Return, 0, "  ", s.Reviewer.Id));
        Assert.Equal("退回时必须填写退回意见，说明需要修改的内容。", noComment.Message);

        await s.Workflow.TransitionAsync(report.Id, 2, WorkflowAction.Return, 0, " 请补充公开05表的原因说明。 ", s.Reviewer.Id);
        await s.Workflow.SaveDocumentAsync(report.Id, 3, """{"v":2}""", [Change("1", "2")], s.Filler.Id);
        await s.Workflow.TransitionAsync(report.Id, 4, WorkflowAction.Submit, 0, null, s.Filler.Id);
        await s.Workflow.TransitionAsync(report.Id, 5, WorkflowAction.Approve, 0, null, s.Reviewer.Id);
        var published = await s.Workflow.TransitionAsync(report.Id, 6, WorkflowAction.Publish, 0, null, s.Reviewer.Id);

        Assert.Equal((ReportStatus.Published, 7L), (published.Status, published.RowVersion));
        var history = await s.Workflow.HistoryAsync(report.Id);
        Assert.Equal(
            [
                (HistoryAction.Submit, "渌口填报员", "草稿", "已上报", null, 2L),
                (HistoryAction.Return, "财政局审核员", "已上报", "退回", "请补充公开05表的原因说明。", 3L),
                (HistoryAction.Edit, "渌口填报员", "1", "2", null, 4L),
                (HistoryAction.Submit, "渌口填报员", "退回", "已上报", null, 5L),
                (HistoryAction.Approve, "财政局审核员", "已上报", "审核通过", null, 6L),
                (HistoryAction.Publish, "财政局审核员", "审核通过", "已公开", (string?)null, 7L),
            ],
            history.Select(h => (h.Action, h.UserName, h.OldValue, h.NewValue, h.Comment, h.RowVersion)));
        var comment = Assert.Single(await s.Workflow.CommentsAsync(report.Id));
        Assert.Equal(("财政局审核员", "请补充公开05表的原因说明。"), (comment.UserName, comment.Body));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_step_on_a_stale_version_is_refused_so_an_approval_cannot_pass_an_unseen_edit(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));
        await s.Workflow.SaveDocumentAsync(report.Id, 1, """{"v":2}""", [Change("1", "2")], s.Filler.Id);

        await Assert.ThrowsAsync<ReportWriteException>(
            () => s.Workflow.TransitionAsync(report.Id, 1, WorkflowAction.Submit, 0, null, s.Filler.Id));
        Assert.Equal(ReportStatus.Draft, (await s.Reports.GetAsync(report.Id))!.Status);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Comments_are_kept_in_order_and_blank_or_overlong_ones_are_refused(string provider)
    {
        if (await NewAsync(provider) is not { } s)
        {
            return;
        }

        var report = await s.Reports.InsertAsync(Draft("""{"v":1}"""));

        await s.Workflow.AddCommentAsync(report.Id, s.Reviewer.Id, "第一条意见");
        await s.Workflow.AddCommentAsync(report.Id, s.Filler.Id, "第二条意见");

        Assert.Equal("意见不能为空。", (await Assert.ThrowsAsync<WorkflowRefusedException>(() => s.Workflow.AddCommentAsync(report.Id, s.Reviewer.Id, " "))).Message);
        Assert.Equal("意见不能超过 4000 个字符。", (await Assert.ThrowsAsync<WorkflowRefusedException>(
            () => s.Workflow.AddCommentAsync(report.Id, s.Reviewer.Id, new string('长', 4001)))).Message);
        await Assert.ThrowsAsync<ReportWriteException>(() => s.Workflow.AddCommentAsync(report.Id + 1, s.Reviewer.Id, "意见"));
        Assert.Equal(["第一条意见", "第二条意见"], (await s.Workflow.CommentsAsync(report.Id)).Select(c => c.Body));
    }

    private static ReportChange Change(string old, string now) =>
        new(new CellRef(DisclosureTableKind.GeneralBudgetExpenditure, "2010101", 1), null, "公开05表 行政运行（2010101）合计", old, now);

    private static NewReport Draft(string document) =>
        new("湖南省株洲市渌口区", Unit, 2020, DisclosureKind.FinalAccounts, ReportStatus.Draft, document);

    private async Task<Stores?> NewAsync(string provider)
    {
        if (await TestDatabase.CreateAsync(provider) is not { } test)
        {
            return null;
        }

        databases.Add(test);
        var database = test.Open(clock);
        await database.MigrateAsync();
        var units = new UnitStore(database, clock);
        var users = new UserStore(database, clock);
        var unit = await units.CreateAsync(new UnitKey("湖南省株洲市渌口区", Unit));
        var filler = await users.CreateAsync(new NewUser("filler", "渌口填报员", Role.UnitFiller, UnitId: unit.Id), "secret-123");
        var reviewer = await users.CreateAsync(new NewUser("reviewer", "财政局审核员", Role.Reviewer, AssignedUnitIds: [unit.Id]), "secret-123");
        return new Stores(new ReportStore(database, clock), new ReportWorkflowStore(database, clock), filler, reviewer);
    }

    private sealed record Stores(ReportStore Reports, ReportWorkflowStore Workflow, UserRecord Filler, UserRecord Reviewer);
}
