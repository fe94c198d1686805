using Gongkai.Access;
using Gongkai.Checks;
using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Storage.Reports;
using Gongkai.Storage.Workflow;
using Gongkai.Web.Accounts;
using Gongkai.Web.Reading;
using Gongkai.Workflow;

namespace Gongkai.Web.Workflow;

/// <summary>
/// The state-changing operations on reports, shared by the forms and the JSON API, each in the same order: the
/// requester must be signed in (401), the report readable by them (else 404, existence not revealed), the action
/// allowed by <see cref="AccessPolicy"/> (403), the input valid (400); the store then refuses stale versions (409) and
/// steps the workflow does not allow (422).
/// </summary>
internal static class WorkflowOperations
{
    /// <summary>Saves a new version of a report's document (canonical JSON), recording every changed cell and reason.</summary>
    public static async Task<OperationOutcome> SaveAsync(HttpContext context, long id, long rowVersion, string document, CancellationToken cancellationToken)
    {
        var (report, refusal) = await AuthorizeAsync(context, id, ReportAction.Edit, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var auditing = context.RequestServices.GetRequiredService<ReportAuditing>();
        UnitYearReport before, after;
        try
        {
            after = CanonicalJsonReader.Read(document, "document", auditing.Templates);
        }
        catch (DocumentReadException e)
        {
            return OperationOutcome.Refused(StatusCodes.Status400BadRequest, e.Message);
        }

        if (IdentityChange(report!.Record, after) is { } changed)
        {
            return OperationOutcome.Refused(StatusCodes.Status400BadRequest, changed);
        }

        try
        {
            before = CanonicalJsonReader.Read(report.Record.Document, "reports/" + id + ".json", auditing.Templates);
        }
        catch (DocumentReadException)
        {
            // A stored document that no longer reads (an older format): the save replaces it, the history says so.
            before = new UnitYearReport();
        }

        var changes = ReportDiffer.Changes(before, after, auditing.Templates.For(after));
        var user = (await SignedIn.UserAsync(context, cancellationToken))!;
        return await StoreAsync(() => context.RequestServices.GetRequiredService<ReportWorkflowStore>()
            .SaveDocumentAsync(id, rowVersion, CanonicalJsonWriter.Write(after), changes, user.Id, cancellationToken));
    }

    /// <summary>Takes a workflow step; a submission is audited first and refused while it has error findings.</summary>
    public static async Task<OperationOutcome> TransitionAsync(
        HttpContext context, long id, string? actionText, string? comment, long rowVersion, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<WorkflowAction>(actionText, ignoreCase: false, out var action) || !Enum.IsDefined(action))
        {
            // Checked after sign-in and scope, so a stranger learns nothing from the answer.
            var (_, early) = await AuthorizeAsync(context, id, ReportAction.Read, cancellationToken);
            return early ?? OperationOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.ApiActionUnknown, actionText));
        }

        var (report, refusal) = await AuthorizeAsync(context, id, AccessPolicy.ActionFor(action), cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = 0;
        if (action == WorkflowAction.Submit)
        {
            var auditing = context.RequestServices.GetRequiredService<ReportAuditing>();
            try
            {
                var document = CanonicalJsonReader.Read(report!.Record.Document, "reports/" + id + ".json", auditing.Templates);
                errors = auditing.Audit(new ReadDocument(document, [])).Count(Severity.Error);
            }
            catch (DocumentReadException e)
            {
                return OperationOutcome.Refused(StatusCodes.Status422UnprocessableEntity, e.Message);
            }
        }

        var user = (await SignedIn.UserAsync(context, cancellationToken))!;
        return await StoreAsync(() => context.RequestServices.GetRequiredService<ReportWorkflowStore>()
            .TransitionAsync(id, rowVersion, action, errors, comment, user.Id, cancellationToken));
    }

    /// <summary>Adds a comment of a reviewer or supervisor.</summary>
    public static async Task<OperationOutcome> CommentAsync(HttpContext context, long id, string? body, CancellationToken cancellationToken)
    {
        var (report, refusal) = await AuthorizeAsync(context, id, ReportAction.Comment, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var user = (await SignedIn.UserAsync(context, cancellationToken))!;
        return await StoreAsync(async () =>
        {
            await context.RequestServices.GetRequiredService<ReportWorkflowStore>().AddCommentAsync(id, user.Id, body ?? "", cancellationToken);
            return report!.Record;
        });
    }

    /// <summary>The report if the signed-in requester may take the action; otherwise the refusal (401, 404 or 403).</summary>
    public static async Task<(ReportContext? Report, OperationOutcome? Refusal)> AuthorizeAsync(
        HttpContext context, long id, ReportAction action, CancellationToken cancellationToken)
    {
        if (await SignedIn.UserAsync(context, cancellationToken) is null)
        {
            return (null, OperationOutcome.Refused(StatusCodes.Status401Unauthorized, MessageCatalogue.ApiSignInRequired));
        }

        if (await ReportAccess.ReadableAsync(context, id, cancellationToken) is not { } report)
        {
            return (null, OperationOutcome.Refused(StatusCodes.Status404NotFound, MessageCatalogue.Format(MessageCatalogue.ApiReportNotFound, id)));
        }

        return report.Allows(action)
            ? (report, null)
            : (null, OperationOutcome.Refused(StatusCodes.Status403Forbidden, MessageCatalogue.ApiForbidden));
    }

    private static async Task<OperationOutcome> StoreAsync(Func<Task<ReportRecord>> write)
    {
        try
        {
            return new OperationOutcome(StatusCodes.Status200OK, null, await write());
        }
        catch (ReportWriteException e)
        {
            return OperationOutcome.Refused(StatusCodes.Status409Conflict, e.Message);
        }
        catch (WorkflowRefusedException e)
        {
            return OperationOutcome.Refused(StatusCodes.Status422UnprocessableEntity, e.Message);
        }
    }

    // The unit, region, year and kind say whose report it is: an edit must not move it into another scope.
    private static string? IdentityChange(ReportRecord record, UnitYearReport document)
    {
        if (document.Unit.Name != record.UnitName)
        {
            return MessageCatalogue.Format(MessageCatalogue.ReportIdentityChanged, MessageCatalogue.ReportFieldUnit, document.Unit.Name, record.UnitName);
        }

        if ((document.Unit.Region ?? "") != record.Region)
        {
            return MessageCatalogue.Format(MessageCatalogue.ReportIdentityChanged, MessageCatalogue.ReportFieldRegion, document.Unit.Region ?? "", record.Region);
        }

        if (document.Year != record.Year)
        {
            return MessageCatalogue.Format(MessageCatalogue.ReportIdentityChanged, MessageCatalogue.ReportFieldYear, document.Year, record.Year);
        }

        return document.Kind != record.Kind
            ? MessageCatalogue.Format(MessageCatalogue.ReportIdentityChanged, MessageCatalogue.ReportFieldKind, ReportStore.KindName(document.Kind), ReportStore.KindName(record.Kind))
            : null;
    }
}
