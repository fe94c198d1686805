using Gongkai.Access;
using Gongkai.Storage.Reports;

namespace Gongkai.Web.Workflow;

/// <summary>A stored report as one requester sees it.</summary>
/// <param name="Record">The report.</param>
/// <param name="Actor">The requester (null: the public).</param>
internal sealed record ReportContext(ReportRecord Record, Actor? Actor)
{
    /// <summary>Whether the requester may take the action on the report now.</summary>
    public bool Allows(ReportAction action) => AccessPolicy.Allows(Actor, action, ReportAccess.Scope(Record));
}
