using Gongkai.Workflow;
using System.Data.Common;
using System.Globalization;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Storage.Reports;

/// <summary>
/// The unit-year reports of one installation (table reports): list, read, insert, and update with optimistic
/// concurrency. Every write runs in a transaction; a refused write throws <see cref="ReportWriteException"/> with a
/// Chinese message and changes nothing. The store keeps the document as given: the caller reads and writes the
/// canonical JSON.
/// </summary>
public sealed class ReportStore
{
    private readonly GongkaiDatabase database;
    private readonly TimeProvider clock;

    /// <summary>Creates the store over a (migrated) database.</summary>
    public ReportStore(GongkaiDatabase database, TimeProvider? clock = null)
    {
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The published reports, by region, unit, then year (newest first).</summary>
    public Task<IReadOnlyList<ReportSummary>> ListPublishedAsync(CancellationToken cancellationToken = default) =>
        ListAsync(ReportStatus.Published, cancellationToken);

    /// <summary>The reports in one state, or every report when <paramref name="status"/> is null.</summary>
    public async Task<IReadOnlyList<ReportSummary>> ListAsync(ReportStatus? status, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, status is null ? ReportSql.ListAll : ReportSql.ListByStatus);
        if (status is not null)
        {
            command.AddParameter("@status", status.Value.ToString());
        }

        var rows = new List<ReportSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ReportSummary(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3),
                ParseKind(reader.GetString(4)), ParseStatus(reader.GetString(5)), ParseTime(reader.GetString(6))));
        }

        return rows;
    }

    /// <summary>The report with this id, or null.</summary>
    public async Task<ReportRecord?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    /// <summary>How many reports the store holds.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, ReportSql.Count);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts a report at row_version 1.</summary>
    /// <returns>The stored report.</returns>
    /// <exception cref="ReportWriteException">A report with the same unit, year and kind exists already.</exception>
    public async Task<ReportRecord> InsertAsync(NewReport report, CancellationToken cancellationToken = default)
    {
        Validate(report);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // The write lock is taken before the checks read, so two writers cannot both pass them.
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);

        await using (var find = connection.CreateCommand(transaction, ReportSql.FindKey))
        {
            find.AddParameter("@unit", report.UnitName)
                .AddParameter("@year", report.Year)
                .AddParameter("@kind", report.Kind.ToString());
            if (await find.ExecuteScalarAsync(cancellationToken) is not null)
            {
                throw new ReportWriteException(MessageCatalogue.Format(
                    MessageCatalogue.WebReportDuplicate, report.UnitName, report.Year, KindName(report.Kind)));
            }
        }

        long id;
        await using (var insert = connection.CreateCommand(transaction, ReportSql.Insert))
        {
            AddFields(insert, report);
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var stored = await GetAsync(connection, transaction, id, cancellationToken)
            ?? throw new InvalidOperationException($"Report {id} vanished inside its own insert transaction.");
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Replaces a report's document and state if nobody saved it since it was read at <paramref name="expectedRowVersion"/>;
    /// raises row_version by one.
    /// </summary>
    /// <returns>The stored report with its new row_version.</returns>
    /// <exception cref="ReportWriteException">The report was changed by someone else, is gone, or would collide
    /// with another report's unit, year and kind.</exception>
    public async Task<ReportRecord> UpdateAsync(
        long id, long expectedRowVersion, NewReport report, CancellationToken cancellationToken = default)
    {
        Validate(report);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        // The write lock is taken before the checks read, so two writers cannot both pass them.
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);

        await using (var find = connection.CreateCommand(transaction, ReportSql.FindKey))
        {
            find.AddParameter("@unit", report.UnitName)
                .AddParameter("@year", report.Year)
                .AddParameter("@kind", report.Kind.ToString());
            if (await find.ExecuteScalarAsync(cancellationToken) is { } other
                && Convert.ToInt64(other, CultureInfo.InvariantCulture) != id)
            {
                throw new ReportWriteException(MessageCatalogue.Format(
                    MessageCatalogue.WebReportDuplicate, report.UnitName, report.Year, KindName(report.Kind)));
            }
        }

        int changed;
        await using (var update = connection.CreateCommand(transaction, ReportSql.Update))
        {
            AddFields(update, report);
            update.AddParameter("@id", id).AddParameter("@expected", expectedRowVersion);
            changed = await update.ExecuteNonQueryAsync(cancellationToken);
        }

        if (changed == 0)
        {
            var current = await GetAsync(connection, transaction, id, cancellationToken);
            throw new ReportWriteException(current is null
                ? MessageCatalogue.Format(MessageCatalogue.WebReportMissing, id)
                : MessageCatalogue.Format(
                    MessageCatalogue.WebReportStale, current.UnitName, current.Year, expectedRowVersion, current.RowVersion,
                    current.UpdatedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)));
        }

        var stored = await GetAsync(connection, transaction, id, cancellationToken)
            ?? throw new InvalidOperationException($"Report {id} vanished inside its own update transaction.");
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>The Chinese name of a workflow state (草稿, 已上报, 退回, 审核通过, 已公开).</summary>
    public static string StatusName(ReportStatus status) => status switch
    {
        ReportStatus.Draft => MessageCatalogue.WebStatusDraft,
        ReportStatus.Submitted => MessageCatalogue.WebStatusSubmitted,
        ReportStatus.Returned => MessageCatalogue.WebStatusReturned,
        ReportStatus.Approved => MessageCatalogue.WebStatusApproved,
        _ => MessageCatalogue.WebStatusPublished,
    };

    /// <summary>The Chinese name of a disclosure kind (部门决算, 部门预算).</summary>
    public static string KindName(DisclosureKind kind) =>
        kind == DisclosureKind.Budget ? MessageCatalogue.WebKindBudget : MessageCatalogue.WebKindFinalAccounts;

    private static void Validate(NewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.UnitName);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Document);
        ArgumentNullException.ThrowIfNull(report.Region);
    }

    private void AddFields(DbCommand command, NewReport report)
    {
        command.AddParameter("@region", report.Region)
            .AddParameter("@unit", report.UnitName)
            .AddParameter("@year", report.Year)
            .AddParameter("@kind", report.Kind.ToString())
            .AddParameter("@status", report.Status.ToString())
            .AddParameter("@document", report.Document)
            .AddParameter("@at", StorageTime.Format(clock.GetUtcNow()));
    }

    private static async Task<ReportRecord?> GetAsync(
        DbConnection connection, DbTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(transaction, ReportSql.Get);
        command.AddParameter("@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Record(reader) : null;
    }

    private static ReportRecord Record(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), ParseKind(r.GetString(4)), ParseStatus(r.GetString(5)),
        r.GetString(6), r.GetInt64(7), ParseTime(r.GetString(8)), ParseTime(r.GetString(9)));

    private static DisclosureKind ParseKind(string text) => Enum.Parse<DisclosureKind>(text);

    private static ReportStatus ParseStatus(string text) => Enum.Parse<ReportStatus>(text);

    private static DateTimeOffset ParseTime(string text) => StorageTime.Parse(text);
}
