using System.Globalization;
using Gongkai.Access;
using Gongkai.Classification;
using Gongkai.Documents;
using Gongkai.Documents.Canonical;
using Gongkai.Documents.Ledgers;
using Gongkai.Ledgers;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Storage.Reports;
using Gongkai.Web.Accounts;
using Gongkai.Web.Reading;
using Gongkai.Web.Uploads;
using Gongkai.Web.Workflow;
using Gongkai.Workflow;
using Microsoft.AspNetCore.Antiforgery;

namespace Gongkai.Web.Import;

/// <summary>
/// Reads an upload (a ledger CSV built into the tables as <c>gongkai build</c> does, the XLSX template, canonical JSON,
/// or a published PDF/DOCX/HTML/text) into a draft of a unit the requester may edit. Order of checks: signed in (401),
/// the form within the upload limit (413/400), the anti-forgery token (400), the file read (400), the unit in the
/// requester's scope (403), no other report of the unit, year and kind except a draft the requester may edit (409).
/// Every refusal happens before anything is written.
/// </summary>
internal static class ReportImporter
{
    /// <summary>The endings imported: the ledger CSV besides everything the document readers take.</summary>
    public static IReadOnlyList<string> Extensions { get; } =
        [".csv", .. Documents.Reading.DocumentReaders.Extensions.Order(StringComparer.Ordinal)];

    /// <summary>Runs the import of the request's form.</summary>
    public static async Task<ImportOutcome> ImportAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (await SignedIn.ActorAsync(context, cancellationToken) is not { } actor)
        {
            return ImportOutcome.Refused(StatusCodes.Status401Unauthorized, MessageCatalogue.ApiSignInRequired);
        }

        var uploads = context.RequestServices.GetRequiredService<UploadReader>();
        var (form, refusal) = await uploads.ReadFormAsync(context.Request, cancellationToken);
        if (refusal is not null)
        {
            return ImportOutcome.Refused(refusal.StatusCode, refusal.Error!);
        }

        try
        {
            await context.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.WebAntiforgeryFailed);
        }

        var file = form!.Files.GetFile(UploadReader.FieldName);
        if (file is null)
        {
            return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.WebUploadNoFile);
        }

        // Only the name: a client may send a path, which must not reach messages.
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name))
        {
            name = UploadReader.FieldName;
        }

        if (file.Length == 0)
        {
            return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.WebUploadEmpty, name), name);
        }

        if (file.Length > uploads.Limit)
        {
            return ImportOutcome.Refused(StatusCodes.Status413PayloadTooLarge,
                MessageCatalogue.Format(MessageCatalogue.WebUploadTooLarge, name, uploads.LimitText), name);
        }

        UnitYearReport report;
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream())
            {
                await stream.CopyToAsync(buffer, cancellationToken);
            }

            report = Read(buffer.ToArray(), name);
        }
        catch (DocumentReadException e)
        {
            return ImportOutcome.Refused(StatusCodes.Status400BadRequest, e.Message, name);
        }

        if (!report.Tables.Any(t => t.Rows.Count > 0))
        {
            return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.ImportNoFigures, name), name);
        }

        if (Identify(report, form, actor, name) is { } wrong)
        {
            return wrong;
        }

        var unit = new UnitKey(report.Unit.Region ?? "", report.Unit.Name);
        if (!AccessPolicy.Allows(actor, ReportAction.Edit, new ReportScope(unit, ReportStatus.Draft)) && !AccessPolicy.CanAdminister(actor))
        {
            return ImportOutcome.Refused(StatusCodes.Status403Forbidden, MessageCatalogue.Format(MessageCatalogue.ImportForbidden, unit.Name), name);
        }

        var store = context.RequestServices.GetRequiredService<ReportStore>();
        var json = CanonicalJsonWriter.Write(report);
        var existing = (await store.ListAsync(null, cancellationToken)).FirstOrDefault(r =>
            // The store keeps one report per unit name, year and kind, whatever region a reader guessed.
            r.UnitName == unit.Name && r.Year == report.Year && r.Kind == report.Kind);
        if (existing is not null)
        {
            if (existing.Status != ReportStatus.Draft
                || !AccessPolicy.Allows(actor, ReportAction.Edit, new ReportScope(new UnitKey(existing.Region, existing.UnitName), existing.Status))
                || await store.GetAsync(existing.Id, cancellationToken) is not { } current)
            {
                return ImportOutcome.Refused(StatusCodes.Status409Conflict, MessageCatalogue.Format(
                    MessageCatalogue.ImportExists, unit.Name, report.Year, ReportStore.KindName(report.Kind), ReportStore.StatusName(existing.Status)), name);
            }

            // The workflow's own save: the same checks, the same history of every changed cell.
            var saved = await WorkflowOperations.SaveAsync(context, existing.Id, current.RowVersion, json, cancellationToken);
            return saved.Error is null
                ? new ImportOutcome(StatusCodes.Status200OK, null, saved.Record, name)
                : ImportOutcome.Refused(saved.StatusCode, saved.Error, name);
        }

        try
        {
            var stored = await store.InsertAsync(
                new NewReport(unit.Region, unit.Name, report.Year, report.Kind, ReportStatus.Draft, json), cancellationToken);
            return new ImportOutcome(StatusCodes.Status201Created, null, stored, name);
        }
        catch (ReportWriteException e)
        {
            return ImportOutcome.Refused(StatusCodes.Status409Conflict, e.Message, name);
        }
    }

    /// <summary>Reads the bytes of <paramref name="name"/> into a report by its ending.</summary>
    /// <exception cref="DocumentReadException">Not an importable kind, or the reader refuses it.</exception>
    public static UnitYearReport Read(byte[] bytes, string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".csv")
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var ledger = LedgerCsvReader.Read(stream, name);
            try
            {
                return LedgerBuilder.Build(
                    ledger, Templates.TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, ledger.Year), ClassificationCatalogue.BuiltIn);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ImportLedgerInvalid, name, e.Message), name, inner: e);
            }
        }

        if (extension == ".json")
        {
            return CanonicalJsonReader.Read(bytes, name);
        }

        if (!Documents.Reading.DocumentReaders.Extensions.Contains(extension))
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ImportUnsupported, name, string.Join("、", Extensions)), name);
        }

        return Documents.Reading.DocumentReaders.Read(bytes, name).Report;
    }

    // Fills what the document does not say from the form (or the unit filler's own unit), and refuses another unit's.
    private static ImportOutcome? Identify(UnitYearReport report, IFormCollection form, Actor actor, string name)
    {
        var formUnit = form["unit"].ToString().Trim();
        var formRegion = form["region"].ToString().Trim();
        report.Unit.Name = report.Unit.Name?.Trim() ?? "";
        if (report.Unit.Name.Length == 0)
        {
            report.Unit.Name = formUnit.Length > 0 ? formUnit : actor.Unit?.Name ?? "";
        }

        if (string.IsNullOrWhiteSpace(report.Unit.Region))
        {
            report.Unit.Region = formRegion.Length > 0 ? formRegion : actor.Unit?.Region ?? "";
        }

        if (report.Unit.Name.Length == 0)
        {
            return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.ImportNoUnit, name), name);
        }

        if (actor.Role == Role.UnitFiller && actor.Unit is { } own)
        {
            // The readers guess a region from the unit's name (甲市 for 甲市乙区测试局): a part of the own region is the own unit.
            if (report.Unit.Name != own.Name || !own.Region.Contains(report.Unit.Region ?? "", StringComparison.Ordinal))
            {
                return ImportOutcome.Refused(StatusCodes.Status403Forbidden,
                    MessageCatalogue.Format(MessageCatalogue.ImportOtherUnit, name, new UnitKey(report.Unit.Region ?? "", report.Unit.Name), own), name);
            }

            report.Unit.Region = own.Region;
        }

        if (report.Year == 0)
        {
            var yearText = form["year"].ToString().Trim();
            if (yearText.Length == 0)
            {
                return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.ImportNoYear, name), name);
            }

            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2100)
            {
                return ImportOutcome.Refused(StatusCodes.Status400BadRequest, MessageCatalogue.Format(MessageCatalogue.ImportYearInvalid, yearText), name);
            }

            report.Year = year;
        }

        return null;
    }
}
