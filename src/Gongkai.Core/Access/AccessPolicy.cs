using Gongkai.Workflow;

namespace Gongkai.Access;

/// <summary>
/// The one decision function for who may do what with a report, asked on every request. Two questions make the
/// answer: is the report in the actor's scope (own unit, assigned unit, region, or any for the administrator's
/// reading), and does the role take this action at the report's state (<see cref="ReportWorkflow"/>)? Everyone,
/// the public included, may read a published report; nothing else is open to the public.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Whether <paramref name="actor"/> (null: the public) may take <paramref name="action"/> on the report.</summary>
    public static bool Allows(Actor? actor, ReportAction action, ReportScope report)
    {
        if (action == ReportAction.Read && report.Status == ReportStatus.Published)
        {
            return true;
        }

        if (actor is null || !InScope(actor, report.Unit))
        {
            return false;
        }

        return (actor.Role, action) switch
        {
            (_, ReportAction.Read or ReportAction.ReadHistory) => true,
            (Role.UnitFiller, ReportAction.Edit) => ReportWorkflow.CanEdit(report.Status),
            (Role.UnitFiller, ReportAction.Submit) => Leads(report.Status, WorkflowAction.Submit),
            (Role.Reviewer, ReportAction.Comment) => true,
            (Role.Reviewer, ReportAction.Return) => Leads(report.Status, WorkflowAction.Return),
            (Role.Reviewer, ReportAction.Approve) => Leads(report.Status, WorkflowAction.Approve),
            (Role.Reviewer, ReportAction.Publish) => Leads(report.Status, WorkflowAction.Publish),
            (Role.Supervisor, ReportAction.Comment) => true,
            _ => false,
        };
    }

    /// <summary>
    /// Whether the report's unit is the actor's business: a unit filler's own unit, a reviewer's assigned units, the
    /// supervisor's region (the region itself and every region named under it, e.g. 湖南省株洲市 covers
    /// 湖南省株洲市渌口区), every unit for the administrator.
    /// </summary>
    public static bool InScope(Actor actor, UnitKey unit)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role switch
        {
            Role.UnitFiller => actor.Unit is { } own && own == unit,
            Role.Reviewer => actor.AssignedUnits.Contains(unit),
            Role.Supervisor => !string.IsNullOrEmpty(actor.Region)
                && unit.Region.StartsWith(actor.Region, StringComparison.Ordinal),
            Role.Administrator => true,
            _ => false,
        };
    }

    /// <summary>The actions the actor may take on the report now, in enum order (for the buttons of a page).</summary>
    public static IReadOnlyList<ReportAction> AllowedActions(Actor? actor, ReportScope report) =>
        Enum.GetValues<ReportAction>().Where(a => Allows(actor, a, report)).ToList();

    /// <summary>Whether the actor manages users, units, catalogues and rule sets.</summary>
    public static bool CanAdminister(Actor? actor) => actor?.Role == Role.Administrator;

    /// <summary>The report action that asks for a workflow step.</summary>
    public static ReportAction ActionFor(WorkflowAction step) => step switch
    {
        WorkflowAction.Submit => ReportAction.Submit,
        WorkflowAction.Return => ReportAction.Return,
        WorkflowAction.Approve => ReportAction.Approve,
        _ => ReportAction.Publish,
    };

    private static bool Leads(ReportStatus status, WorkflowAction step) => ReportWorkflow.Target(status, step) is not null;
}
