using Gongkai.Access;
using Gongkai.Storage.Reports;
using Gongkai.Web.Accounts;

namespace Gongkai.Web.Workflow;

/// <summary>
/// The per-request access check of every report page and endpoint: the stored report, the signed-in user, and the
/// policy's answer. A report the requester may not read is reported as not found, so its existence is not revealed.
/// </summary>
internal static class ReportAccess
{
    /// <summary>The report and the requester, or null when the report does not exist or the requester may not read it.</summary>
    public static async Task<ReportContext?> ReadableAsync(HttpContext context, long id, CancellationToken cancellationToken)
    {
        var record = await context.RequestServices.GetRequiredService<ReportStore>().GetAsync(id, cancellationToken);
        if (record is null)
        {
            return null;
        }

        // The public's request never touches the account tables.
        var actor = context.User.Identity?.IsAuthenticated == true ? await SignedIn.ActorAsync(context, cancellationToken) : null;
        var report = new ReportContext(record, actor);
        return report.Allows(ReportAction.Read) ? report : null;
    }

    /// <summary>The policy's scope of a stored report.</summary>
    public static ReportScope Scope(ReportRecord record) => new(new UnitKey(record.Region, record.UnitName), record.Status);
}
