using System.Data.Common;
using System.Globalization;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Storage.Reports;
using Gongkai.Workflow;

namespace Gongkai.Storage.Workflow;

/// <summary>
/// Changes to stored reports by people, each recorded: saving a new document version (one history row per changed
/// cell or reason, in the same transaction as the update), workflow steps (one history row each, same transaction),
/// and comments. Every write names the row_version its author read; a stale write changes nothing and throws
/// <see cref="ReportWriteException"/> naming who saved last and when. Provider-neutral (System.Data.Common only).
/// </summary>
public sealed class ReportWorkflowStore
{
    /// <summary>The longest comment accepted, in characters.</summary>
    public const int MaxCommentLength = 4000;

    private const string ReportColumns =
        "SELECT id, region, unit_name, year, kind, status, document, row_version, created_at, updated_at FROM reports WHERE id = @id";

    private const string HistoryColumns = """
        SELECT h.id, h.report_id, h.at, h.user_id, u.display_name, h.action, h.table_code, h.row_key, h.column_no,
               h.reason_key, h.place_text, h.old_value, h.new_value, h.comment, h.row_version
        FROM report_history h LEFT JOIN users u ON u.id = h.user_id
        WHERE h.report_id = @id ORDER BY h.id
        """;

    private readonly GongkaiDatabase database;
    private readonly TimeProvider clock;

    /// <summary>Creates the store over a (migrated) database.</summary>
    public ReportWorkflowStore(GongkaiDatabase database, TimeProvider? clock = null)
    {
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Replaces a report's document if it is still at <paramref name="expectedRowVersion"/> and may be edited (Draft
    /// or Returned), and records <paramref name="changes"/> (computed by the caller against the version it read, see
    /// <see cref="ReportDiffer"/>) in the same transaction. A save whose document differs in nothing the differ sees
    /// records one row for the other content.
    /// </summary>
    /// <returns>The stored report at its new row_version.</returns>
    /// <exception cref="ReportWriteException">The report is gone, or someone saved it since it was read.</exception>
    /// <exception cref="WorkflowRefusedException">The report is not in a state that may be edited.</exception>
    public async Task<ReportRecord> SaveDocumentAsync(
        long reportId, long expectedRowVersion, string document, IReadOnlyList<ReportChange> changes, long userId,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(document);
        ArgumentNullException.ThrowIfNull(changes);
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        var current = await CurrentAsync(connection, transaction, reportId, expectedRowVersion, cancellationToken);
        if (!ReportWorkflow.CanEdit(current.Status))
        {
            throw new WorkflowRefusedException(MessageCatalogue.Format(
                MessageCatalogue.ReportSaveNotEditable, ReportWorkflow.StatusName(current.Status)));
        }

        var at = StoredTime.Format(clock.GetUtcNow());
        await using (var update = connection.CreateCommand(transaction, """
            UPDATE reports SET document = @document, updated_at = @at, row_version = row_version + 1
            WHERE id = @id AND row_version = @expected
            """))
        {
            update.AddParameter("@document", document).AddParameter("@at", at).AddParameter("@id", reportId)
                .AddParameter("@expected", expectedRowVersion);
            await RequireOneRowAsync(connection, transaction, update, reportId, expectedRowVersion, cancellationToken);
        }

        var version = expectedRowVersion + 1;
        var rows = changes.Count > 0 || string.Equals(current.Document, document, StringComparison.Ordinal)
            ? changes
            : [new ReportChange(null, null, MessageCatalogue.HistoryPlaceOther, null, null)];
        foreach (var change in rows)
        {
            await InsertHistoryAsync(connection, transaction, reportId, at, userId, HistoryAction.Edit, change, null, version, cancellationToken);
        }

        var stored = await ReadAsync(connection, transaction, reportId, cancellationToken)
            ?? throw new InvalidOperationException($"Report {reportId} vanished inside its own save transaction.");
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Takes a workflow step if the report is still at <paramref name="expectedRowVersion"/> and
    /// <see cref="ReportWorkflow.Decide"/> allows it, writing the new state, its history row and (for a return) the
    /// comment in one transaction. Raises row_version, so an edit begun before the step is refused as stale.
    /// </summary>
    /// <param name="reportId">The report.</param>
    /// <param name="expectedRowVersion">The version the caller read (and audited).</param>
    /// <param name="action">The step.</param>
    /// <param name="errorCount">Error-severity findings of the document at that version.</param>
    /// <param name="comment">The comment (required for a return).</param>
    /// <param name="userId">Who takes the step.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stored report in its new state.</returns>
    /// <exception cref="ReportWriteException">The report is gone, or someone changed it since it was read.</exception>
    /// <exception cref="WorkflowRefusedException">The workflow refuses the step.</exception>
    public async Task<ReportRecord> TransitionAsync(
        long reportId, long expectedRowVersion, WorkflowAction action, int errorCount, string? comment, long userId,
        CancellationToken cancellationToken = default)
    {
        var note = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (note is { Length: > MaxCommentLength })
        {
            throw new WorkflowRefusedException(MessageCatalogue.Format(MessageCatalogue.CommentTooLong, MaxCommentLength));
        }

        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        var current = await CurrentAsync(connection, transaction, reportId, expectedRowVersion, cancellationToken);
        var decision = ReportWorkflow.Decide(current.Status, action, errorCount, note);
        if (!decision.Allowed)
        {
            throw new WorkflowRefusedException(decision.Refusal!);
        }

        var at = StoredTime.Format(clock.GetUtcNow());
        await using (var update = connection.CreateCommand(transaction, """
            UPDATE reports SET status = @status, updated_at = @at, row_version = row_version + 1
            WHERE id = @id AND row_version = @expected
            """))
        {
            update.AddParameter("@status", decision.To.ToString()).AddParameter("@at", at).AddParameter("@id", reportId)
                .AddParameter("@expected", expectedRowVersion);
            await RequireOneRowAsync(connection, transaction, update, reportId, expectedRowVersion, cancellationToken);
        }

        var history = action switch
        {
            WorkflowAction.Submit => HistoryAction.Submit,
            WorkflowAction.Return => HistoryAction.Return,
            WorkflowAction.Approve => HistoryAction.Approve,
            _ => HistoryAction.Publish,
        };
        await InsertHistoryAsync(
            connection, transaction, reportId, at, userId, history,
            new ReportChange(null, null, "", ReportWorkflow.StatusName(current.Status), ReportWorkflow.StatusName(decision.To)),
            note, expectedRowVersion + 1, cancellationToken);
        if (action == WorkflowAction.Return && note is not null)
        {
            await InsertCommentAsync(connection, transaction, reportId, userId, at, note, cancellationToken);
        }

        var stored = await ReadAsync(connection, transaction, reportId, cancellationToken)
            ?? throw new InvalidOperationException($"Report {reportId} vanished inside its own transition transaction.");
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>The report's history, oldest first.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, HistoryColumns).AddParameter("@id", reportId);
        var entries = new List<HistoryEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            CellRef? cell = null;
            if (!reader.IsDBNull(6) && DisclosureTableKinds.TryParse(reader.GetString(6), out var table) && !reader.IsDBNull(8))
            {
                cell = new CellRef(table, reader.GetString(7), Convert.ToInt32(reader.GetValue(8), CultureInfo.InvariantCulture));
            }

            entries.Add(new HistoryEntry(
                reader.GetInt64(0), reader.GetInt64(1), StoredTime.Parse(reader.GetString(2)),
                reader.IsDBNull(3) ? null : reader.GetInt64(3), reader.IsDBNull(4) ? "" : reader.GetString(4),
                Enum.Parse<HistoryAction>(reader.GetString(5)), cell, Text(reader, 9), Text(reader, 10), Text(reader, 11),
                Text(reader, 12), Text(reader, 13), reader.GetInt64(14)));
        }

        return entries;
    }

    /// <summary>Adds a comment to a report (who may comment is the caller's check, through the access policy).</summary>
    /// <exception cref="WorkflowRefusedException">The comment is blank or too long.</exception>
    /// <exception cref="ReportWriteException">The report does not exist.</exception>
    public async Task<CommentRecord> AddCommentAsync(long reportId, long userId, string body, CancellationToken cancellationToken = default)
    {
        var text = body?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new WorkflowRefusedException(MessageCatalogue.CommentEmpty);
        }

        if (text.Length > MaxCommentLength)
        {
            throw new WorkflowRefusedException(MessageCatalogue.Format(MessageCatalogue.CommentTooLong, MaxCommentLength));
        }

        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        if (await ReadAsync(connection, transaction, reportId, cancellationToken) is null)
        {
            throw new ReportWriteException(MessageCatalogue.Format(MessageCatalogue.WebReportMissing, reportId));
        }

        var at = StoredTime.Format(clock.GetUtcNow());
        var id = await InsertCommentAsync(connection, transaction, reportId, userId, at, text, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (await CommentsAsync(reportId, cancellationToken)).Single(c => c.Id == id);
    }

    /// <summary>The comments on a report, oldest first.</summary>
    public async Task<IReadOnlyList<CommentRecord>> CommentsAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, """
            SELECT c.id, c.report_id, c.user_id, u.display_name, c.at, c.body
            FROM report_comments c JOIN users u ON u.id = c.user_id
            WHERE c.report_id = @id ORDER BY c.id
            """).AddParameter("@id", reportId);
        var comments = new List<CommentRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            comments.Add(new CommentRecord(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetString(3), StoredTime.Parse(reader.GetString(4)),
                reader.GetString(5)));
        }

        return comments;
    }

    private async Task<ReportRecord> CurrentAsync(
        DbConnection connection, DbTransaction transaction, long reportId, long expectedRowVersion, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(connection, transaction, reportId, cancellationToken)
            ?? throw new ReportWriteException(MessageCatalogue.Format(MessageCatalogue.WebReportMissing, reportId));
        if (current.RowVersion != expectedRowVersion)
        {
            throw await StaleAsync(connection, transaction, current, expectedRowVersion, cancellationToken);
        }

        return current;
    }

    private async Task RequireOneRowAsync(
        DbConnection connection, DbTransaction transaction, DbCommand update, long reportId, long expectedRowVersion,
        CancellationToken cancellationToken)
    {
        // Zero rows: another writer got in between the read and the update (possible where the provider's write
        // transaction does not lock the row at the read); the guard on row_version keeps the loser from overwriting.
        if (await update.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return;
        }

        var current = await ReadAsync(connection, transaction, reportId, cancellationToken)
            ?? throw new ReportWriteException(MessageCatalogue.Format(MessageCatalogue.WebReportMissing, reportId));
        throw await StaleAsync(connection, transaction, current, expectedRowVersion, cancellationToken);
    }

    private static async Task<ReportWriteException> StaleAsync(
        DbConnection connection, DbTransaction transaction, ReportRecord current, long expectedRowVersion, CancellationToken cancellationToken)
    {
        await using var last = connection.CreateCommand(transaction, """
            SELECT u.display_name FROM report_history h JOIN users u ON u.id = h.user_id
            WHERE h.report_id = @id ORDER BY h.id DESC LIMIT 1
            """).AddParameter("@id", current.Id);
        var who = await last.ExecuteScalarAsync(cancellationToken) as string;
        var when = current.UpdatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        return new ReportWriteException(who is null
            ? MessageCatalogue.Format(MessageCatalogue.ReportSaveStaleUnknownUser, current.UnitName, current.Year, when, expectedRowVersion, current.RowVersion)
            : MessageCatalogue.Format(MessageCatalogue.ReportSaveStale, current.UnitName, current.Year, who, when, expectedRowVersion, current.RowVersion));
    }

    private static async Task InsertHistoryAsync(
        DbConnection connection, DbTransaction transaction, long reportId, string at, long userId, HistoryAction action,
        ReportChange change, string? comment, long rowVersion, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand(transaction, """
            INSERT INTO report_history (report_id, at, user_id, action, table_code, row_key, column_no, reason_key, place_text,
                                        old_value, new_value, comment, row_version)
            VALUES (@report, @at, @user, @action, @table, @row, @column, @reason, @place, @old, @new, @comment, @version)
            """);
        insert.AddParameter("@report", reportId).AddParameter("@at", at).AddParameter("@user", userId)
            .AddParameter("@action", action.ToString()).AddParameter("@table", change.Cell?.Table.ShortCode())
            .AddParameter("@row", change.Cell?.RowKey).AddParameter("@column", change.Cell is { } cell ? (long)cell.Column : null)
            .AddParameter("@reason", change.ReasonKey).AddParameter("@place", string.IsNullOrEmpty(change.Place) ? null : change.Place)
            .AddParameter("@old", change.OldValue).AddParameter("@new", change.NewValue).AddParameter("@comment", comment)
            .AddParameter("@version", rowVersion);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> InsertCommentAsync(
        DbConnection connection, DbTransaction transaction, long reportId, long userId, string at, string body, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand(transaction, """
            INSERT INTO report_comments (report_id, user_id, at, body) VALUES (@report, @user, @at, @body) RETURNING id
            """).AddParameter("@report", reportId).AddParameter("@user", userId).AddParameter("@at", at).AddParameter("@body", body);
        return Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task<ReportRecord?> ReadAsync(
        DbConnection connection, DbTransaction? transaction, long reportId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, ReportColumns).AddParameter("@id", reportId);
        await using var r = await command.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new ReportRecord(
            r.GetInt64(0), r.GetString(1), r.GetString(2), Convert.ToInt32(r.GetValue(3), CultureInfo.InvariantCulture),
            Enum.Parse<DisclosureKind>(r.GetString(4)), Enum.Parse<ReportStatus>(r.GetString(5)), r.GetString(6), r.GetInt64(7),
            StoredTime.Parse(r.GetString(8)), StoredTime.Parse(r.GetString(9)));
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
