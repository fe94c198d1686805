using Gongkai.Access;
using Gongkai.Workflow;

namespace Gongkai.Core.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly UnitKey ReportUnit = new("湖南省株洲市渌口区", "株洲市渌口区人大常委会");
    private static readonly UnitKey OtherUnit = new("湖南省衡阳市蒸湘区", "衡阳市蒸湘区人大常委会");

    // Every relation of an actor to the report's unit that the policy must tell apart.
    private static readonly Dictionary<string, Actor?> Actors = new()
    {
        ["public"] = null,
        ["filler-own"] = new Actor(1, Role.UnitFiller, ReportUnit, null, new HashSet<UnitKey>()),
        ["filler-other"] = new Actor(2, Role.UnitFiller, OtherUnit, null, new HashSet<UnitKey>()),
        ["filler-same-name-other-region"] = new Actor(3, Role.UnitFiller, ReportUnit with { Region = "湖南省株洲市荷塘区" }, null, new HashSet<UnitKey>()),
        ["reviewer-assigned"] = new Actor(4, Role.Reviewer, null, null, new HashSet<UnitKey> { OtherUnit, ReportUnit }),
        ["reviewer-not-assigned"] = new Actor(5, Role.Reviewer, null, null, new HashSet<UnitKey> { OtherUnit }),
        ["supervisor-region"] = new Actor(6, Role.Supervisor, null, "湖南省株洲市渌口区", new HashSet<UnitKey>()),
        ["supervisor-parent-region"] = new Actor(7, Role.Supervisor, null, "湖南省株洲市", new HashSet<UnitKey>()),
        ["supervisor-other-region"] = new Actor(8, Role.Supervisor, null, "湖南省衡阳市", new HashSet<UnitKey>()),
        ["supervisor-no-region"] = new Actor(9, Role.Supervisor, null, "", new HashSet<UnitKey>()),
        ["admin"] = new Actor(10, Role.Administrator, null, null, new HashSet<UnitKey>()),
    };

    // The expected answer, written out by hand per relation and state: the allowed actions, nothing else.
    private static readonly Dictionary<string, Dictionary<ReportStatus, string>> Expected = new()
    {
        ["public"] = PublishedOnly(),
        ["filler-own"] = new()
        {
            [ReportStatus.Draft] = "Read ReadHistory Edit Submit",
            [ReportStatus.Submitted] = "Read ReadHistory",
            [ReportStatus.Returned] = "Read ReadHistory Edit Submit",
            [ReportStatus.Approved] = "Read ReadHistory",
            [ReportStatus.Published] = "Read ReadHistory",
        },
        ["filler-other"] = PublishedOnly(),
        ["filler-same-name-other-region"] = PublishedOnly(),
        ["reviewer-assigned"] = new()
        {
            [ReportStatus.Draft] = "Read ReadHistory Comment",
            [ReportStatus.Submitted] = "Read ReadHistory Comment Return Approve",
            [ReportStatus.Returned] = "Read ReadHistory Comment",
            [ReportStatus.Approved] = "Read ReadHistory Comment Publish",
            [ReportStatus.Published] = "Read ReadHistory Comment",
        },
        ["reviewer-not-assigned"] = PublishedOnly(),
        ["supervisor-region"] = Every("Read ReadHistory Comment"),
        ["supervisor-parent-region"] = Every("Read ReadHistory Comment"),
        ["supervisor-other-region"] = PublishedOnly(),
        ["supervisor-no-region"] = PublishedOnly(),
        ["admin"] = Every("Read ReadHistory"),
    };

    public static TheoryData<string, ReportStatus> Matrix()
    {
        var data = new TheoryData<string, ReportStatus>();
        foreach (var actor in Actors.Keys)
        {
            foreach (var status in Enum.GetValues<ReportStatus>())
            {
                data.Add(actor, status);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Each_relation_and_state_allows_exactly_the_expected_actions(string actor, ReportStatus status)
    {
        var scope = new ReportScope(ReportUnit, status);

        var allowed = AccessPolicy.AllowedActions(Actors[actor], scope);

        Assert.Equal(Expected[actor][status], string.Join(' ', allowed));
        foreach (var action in Enum.GetValues<ReportAction>())
        {
            Assert.Equal(allowed.Contains(action), AccessPolicy.Allows(Actors[actor], action, scope));
        }
    }

    [Fact]
    public void The_matrix_covers_every_role_and_action()
    {
        Assert.Equal(Enum.GetValues<Role>().Order(), Actors.Values.OfType<Actor>().Select(a => a.Role).Distinct().Order());
        var everAllowed = Actors.Keys.SelectMany(a => Expected[a].Values).SelectMany(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        Assert.Equal(Enum.GetNames<ReportAction>().Order(), everAllowed.Order());
    }

    [Fact]
    public void Scope_is_exact_for_units_and_by_prefix_for_regions()
    {
        var supervisor = Actors["supervisor-parent-region"]!;
        Assert.True(AccessPolicy.InScope(supervisor, new UnitKey("湖南省株洲市", "株洲市财政局")));
        Assert.True(AccessPolicy.InScope(supervisor, ReportUnit));
        Assert.False(AccessPolicy.InScope(supervisor, new UnitKey("湖南省衡阳市蒸湘区", "株洲市渌口区人大常委会")));
        Assert.False(AccessPolicy.InScope(supervisor, new UnitKey("", "株洲市渌口区人大常委会")));
        Assert.False(AccessPolicy.InScope(Actors["filler-own"]!, ReportUnit with { Name = "株洲市渌口区人大常委会 " }));
        Assert.True(AccessPolicy.InScope(Actors["admin"]!, new UnitKey("", "任何单位")));
    }

    [Fact]
    public void Only_the_administrator_administers()
    {
        Assert.Equal(["admin"], Actors.Where(a => AccessPolicy.CanAdminister(a.Value)).Select(a => a.Key));
    }

    [Theory]
    [InlineData(WorkflowAction.Submit, ReportAction.Submit)]
    [InlineData(WorkflowAction.Return, ReportAction.Return)]
    [InlineData(WorkflowAction.Approve, ReportAction.Approve)]
    [InlineData(WorkflowAction.Publish, ReportAction.Publish)]
    public void Each_workflow_step_maps_to_its_report_action(WorkflowAction step, ReportAction action) =>
        Assert.Equal(action, AccessPolicy.ActionFor(step));

    [Fact]
    public void Role_names_are_the_Chinese_ones()
    {
        Assert.Equal(
            ["单位填报", "审核", "人大监督", "管理员"],
            Enum.GetValues<Role>().Select(RoleNames.Of));
    }

    private static Dictionary<ReportStatus, string> PublishedOnly() => new()
    {
        [ReportStatus.Draft] = "",
        [ReportStatus.Submitted] = "",
        [ReportStatus.Returned] = "",
        [ReportStatus.Approved] = "",
        [ReportStatus.Published] = "Read",
    };

    private static Dictionary<ReportStatus, string> Every(string actions) =>
        Enum.GetValues<ReportStatus>().ToDictionary(s => s, _ => actions);
}
