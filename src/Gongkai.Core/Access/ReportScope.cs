using Gongkai.Workflow;

namespace Gongkai.Access;

/// <summary>What the access policy needs to know of a report: whose it is and where it stands.</summary>
/// <param name="Unit">The report's unit (its region and name as stored).</param>
/// <param name="Status">Its workflow state.</param>
public readonly record struct ReportScope(UnitKey Unit, ReportStatus Status);
