using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text.RegularExpressions;
using Gongkai.Access;
using Gongkai.Messages;

namespace Gongkai.Storage.Accounts;

/// <summary>
/// The accounts of one installation (tables users, reviewer_units): create, read, assign units to reviewers, and sign
/// in with lock-out: after <see cref="MaxFailedLogins"/> consecutive failures a login is refused for
/// <see cref="LockoutDuration"/> without its password being checked. Logins that do not exist are counted the same
/// way (in memory), so the answers never tell which logins exist. Provider-neutral (System.Data.Common only).
/// </summary>
public sealed partial class UserStore
{
    /// <summary>Consecutive failures that lock a login.</summary>
    public const int MaxFailedLogins = 5;

    /// <summary>The shortest password accepted for a new account.</summary>
    public const int MinPasswordLength = 8;

    /// <summary>How long a lock-out lasts.</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // Bounded so that guessing many names cannot grow memory without limit; cleared when full.
    private const int UnknownLoginCapacity = 10_000;

    private const string UserColumns = """
        SELECT u.id, u.login, u.display_name, u.role, u.region, u.failed_logins, u.locked_until, u.created_at,
               n.id, n.region, n.name, n.created_at
        FROM users u LEFT JOIN units n ON n.id = u.unit_id
        """;

    private const string AssignmentColumns = """
        SELECT r.user_id, n.id, n.region, n.name, n.created_at
        FROM reviewer_units r JOIN units n ON n.id = r.unit_id
        """;

    private readonly GongkaiDatabase database;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, (int Failures, DateTimeOffset? LockedUntil)> unknownLogins = new(StringComparer.Ordinal);

    /// <summary>Creates the store over a (migrated) database.</summary>
    public UserStore(GongkaiDatabase database, TimeProvider? clock = null)
    {
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The login as stored: trimmed, lower case.</summary>
    public static string NormalizeLogin(string login) => (login ?? "").Trim().ToLowerInvariant();

    /// <summary>How many accounts exist.</summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, "SELECT count(*) FROM users");
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Every account, by login.</summary>
    public async Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        return (await ReadUsersAsync(connection, null, "", null, cancellationToken)).OrderBy(u => u.Login, StringComparer.Ordinal).ToList();
    }

    /// <summary>The account with this id, or null.</summary>
    public async Task<UserRecord?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        return (await ReadUsersAsync(connection, null, " WHERE u.id = @id", ("@id", id), cancellationToken)).SingleOrDefault();
    }

    /// <summary>The account with this login (any case), or null.</summary>
    public async Task<UserRecord?> FindByLoginAsync(string login, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        return (await ReadUsersAsync(connection, null, " WHERE u.login = @login", ("@login", NormalizeLogin(login)), cancellationToken))
            .SingleOrDefault();
    }

    /// <summary>The user as the access policy sees them, read fresh; null when the account no longer exists.</summary>
    public async Task<Actor?> ActorAsync(long id, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken))?.ToActor();

    /// <summary>Creates an account with a hashed password.</summary>
    /// <exception cref="AccountException">The login is malformed or taken, the password too short, the display name
    /// blank, or the role's unit, region or assigned units are missing or unknown.</exception>
    public async Task<UserRecord> CreateAsync(NewUser user, string password, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var login = NormalizeLogin(user.Login);
        if (!LoginPattern().IsMatch(login))
        {
            throw new AccountException(MessageCatalogue.AccountLoginInvalid);
        }

        if (string.IsNullOrWhiteSpace(user.DisplayName))
        {
            throw new AccountException(MessageCatalogue.AccountDisplayNameMissing);
        }

        if (password is null || password.Length < MinPasswordLength)
        {
            throw new AccountException(MessageCatalogue.Format(MessageCatalogue.AccountPasswordTooShort, MinPasswordLength));
        }

        var unitId = user.Role == Role.UnitFiller ? user.UnitId ?? throw new AccountException(MessageCatalogue.AccountUnitRequired) : (long?)null;
        var region = user.Role == Role.Supervisor ? user.Region?.Trim() : null;
        if (user.Role == Role.Supervisor && string.IsNullOrEmpty(region))
        {
            throw new AccountException(MessageCatalogue.AccountRegionRequired);
        }

        var assigned = user.Role == Role.Reviewer ? (user.AssignedUnitIds ?? []).Distinct().ToList() : [];
        var hash = PasswordHasher.Hash(password);

        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        await using (var taken = connection.CreateCommand(transaction, "SELECT count(*) FROM users WHERE login = @login").AddParameter("@login", login))
        {
            if (Convert.ToInt64(await taken.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                throw new AccountException(MessageCatalogue.Format(MessageCatalogue.AccountLoginTaken, login));
            }
        }

        foreach (var id in unitId is { } own ? assigned.Append(own) : assigned)
        {
            await RequireUnitAsync(connection, transaction, id, cancellationToken);
        }

        long userId;
        await using (var insert = connection.CreateCommand(transaction, """
            INSERT INTO users (login, display_name, role, unit_id, region, password_hash, failed_logins, locked_until, created_at)
            VALUES (@login, @name, @role, @unit, @region, @hash, 0, NULL, @at)
            RETURNING id
            """))
        {
            insert.AddParameter("@login", login).AddParameter("@name", user.DisplayName.Trim()).AddParameter("@role", user.Role.ToString())
                .AddParameter("@unit", unitId).AddParameter("@region", region).AddParameter("@hash", hash)
                .AddParameter("@at", StoredTime.Format(clock.GetUtcNow()));
            userId = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await WriteAssignmentsAsync(connection, transaction, userId, assigned, cancellationToken);
        var stored = (await ReadUsersAsync(connection, transaction, " WHERE u.id = @id", ("@id", userId), cancellationToken)).Single();
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>Replaces the units a reviewer reviews.</summary>
    /// <exception cref="AccountException">The user is unknown or not a reviewer, or a unit is unknown.</exception>
    public async Task<UserRecord> SetAssignmentsAsync(long userId, IReadOnlyList<long> unitIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        var user = (await ReadUsersAsync(connection, transaction, " WHERE u.id = @id", ("@id", userId), cancellationToken)).SingleOrDefault()
            ?? throw new AccountException(MessageCatalogue.Format(MessageCatalogue.AccountUserUnknown, userId));
        if (user.Role != Role.Reviewer)
        {
            throw new AccountException(MessageCatalogue.Format(MessageCatalogue.AccountNotReviewer, user.Login, RoleNames.Of(user.Role)));
        }

        var distinct = unitIds.Distinct().ToList();
        foreach (var id in distinct)
        {
            await RequireUnitAsync(connection, transaction, id, cancellationToken);
        }

        await using (var clear = connection.CreateCommand(transaction, "DELETE FROM reviewer_units WHERE user_id = @id").AddParameter("@id", userId))
        {
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await WriteAssignmentsAsync(connection, transaction, userId, distinct, cancellationToken);
        var stored = (await ReadUsersAsync(connection, transaction, " WHERE u.id = @id", ("@id", userId), cancellationToken)).Single();
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <summary>
    /// Checks a login and password. A locked login is refused before its password is checked; a failure raises the
    /// count and the fifth in a row locks the login for <see cref="LockoutDuration"/>; a success resets the count.
    /// </summary>
    public async Task<SignInAttempt> SignInAsync(string login, string password, CancellationToken cancellationToken = default)
    {
        var name = NormalizeLogin(login);
        password ??= "";
        var now = clock.GetUtcNow();
        long id;
        string hash;
        DateTimeOffset? lockedUntil;
        await using (DbConnection connection = await database.OpenConnectionAsync(cancellationToken))
        {
            await using var read = connection.CreateCommand(null, "SELECT id, password_hash, locked_until FROM users WHERE login = @login")
                .AddParameter("@login", name);
            await using var reader = await read.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return SignInUnknown(name, password, now);
            }

            id = reader.GetInt64(0);
            hash = reader.GetString(1);
            lockedUntil = StoredTime.ParseOrNull(reader.IsDBNull(2) ? null : reader.GetString(2));
        }

        if (lockedUntil is { } until && until > now)
        {
            return new SignInAttempt(SignInResult.LockedOut, null, until);
        }

        // The hash is checked outside any transaction: it takes tens of milliseconds and must not hold the write lock.
        var matches = PasswordHasher.Verify(password, hash);
        await using (DbConnection connection = await database.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
            if (matches)
            {
                await using var reset = connection.CreateCommand(
                    transaction, "UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = @id").AddParameter("@id", id);
                await reset.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                long failures;
                await using (var count = connection.CreateCommand(
                    transaction, "UPDATE users SET failed_logins = failed_logins + 1 WHERE id = @id RETURNING failed_logins").AddParameter("@id", id))
                {
                    failures = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
                }

                DateTimeOffset? locks = null;
                if (failures >= MaxFailedLogins)
                {
                    locks = now + LockoutDuration;
                    await using var lockOut = connection.CreateCommand(
                            transaction, "UPDATE users SET failed_logins = 0, locked_until = @until WHERE id = @id")
                        .AddParameter("@until", StoredTime.Format(locks.Value)).AddParameter("@id", id);
                    await lockOut.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
                return locks is null
                    ? new SignInAttempt(SignInResult.Invalid, null, null)
                    : new SignInAttempt(SignInResult.LockedOut, null, locks);
            }
        }

        return new SignInAttempt(SignInResult.Success, await GetAsync(id, cancellationToken), null);
    }

    private SignInAttempt SignInUnknown(string login, string password, DateTimeOffset now)
    {
        if (unknownLogins.TryGetValue(login, out var state) && state.LockedUntil is { } until && until > now)
        {
            return new SignInAttempt(SignInResult.LockedOut, null, until);
        }

        // As long as a wrong password takes: no timing difference between unknown logins and known ones.
        PasswordHasher.VerifyNothing(password);
        if (unknownLogins.Count >= UnknownLoginCapacity)
        {
            unknownLogins.Clear();
        }

        var failures = (state.LockedUntil is null ? state.Failures : 0) + 1;
        if (failures >= MaxFailedLogins)
        {
            var locks = now + LockoutDuration;
            unknownLogins[login] = (0, locks);
            return new SignInAttempt(SignInResult.LockedOut, null, locks);
        }

        unknownLogins[login] = (failures, null);
        return new SignInAttempt(SignInResult.Invalid, null, null);
    }

    private static async Task RequireUnitAsync(DbConnection connection, DbTransaction transaction, long unitId, CancellationToken cancellationToken)
    {
        await using var exists = connection.CreateCommand(transaction, "SELECT count(*) FROM units WHERE id = @id").AddParameter("@id", unitId);
        if (Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 0)
        {
            throw new AccountException(MessageCatalogue.Format(MessageCatalogue.AccountUnitUnknown, unitId));
        }
    }

    private static async Task WriteAssignmentsAsync(
        DbConnection connection, DbTransaction transaction, long userId, IReadOnlyList<long> unitIds, CancellationToken cancellationToken)
    {
        foreach (var unitId in unitIds)
        {
            await using var insert = connection.CreateCommand(transaction, "INSERT INTO reviewer_units (user_id, unit_id) VALUES (@user, @unit)")
                .AddParameter("@user", userId).AddParameter("@unit", unitId);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<UserRecord>> ReadUsersAsync(
        DbConnection connection, DbTransaction? transaction, string where, (string Name, object Value)? parameter, CancellationToken cancellationToken)
    {
        var rows = new List<(long Id, string Login, string Name, Role Role, string? Region, int Failed, DateTimeOffset? Locked, DateTimeOffset Created, UnitRecord? Unit)>();
        await using (var command = connection.CreateCommand(transaction, UserColumns + where))
        {
            if (parameter is { } p)
            {
                command.AddParameter(p.Name, p.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var unit = reader.IsDBNull(8)
                    ? null
                    : new UnitRecord(reader.GetInt64(8), reader.GetString(9), reader.GetString(10), StoredTime.Parse(reader.GetString(11)));
                rows.Add((
                    reader.GetInt64(0), reader.GetString(1), reader.GetString(2), Enum.Parse<Role>(reader.GetString(3)),
                    reader.IsDBNull(4) ? null : reader.GetString(4), Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture),
                    StoredTime.ParseOrNull(reader.IsDBNull(6) ? null : reader.GetString(6)), StoredTime.Parse(reader.GetString(7)), unit));
            }
        }

        var assignments = new Dictionary<long, List<UnitRecord>>();
        if (rows.Any(r => r.Role == Role.Reviewer))
        {
            var sql = AssignmentColumns + (rows.Count == 1 ? " WHERE r.user_id = @id" : "");
            await using var command = connection.CreateCommand(transaction, sql);
            if (rows.Count == 1)
            {
                command.AddParameter("@id", rows[0].Id);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var userId = reader.GetInt64(0);
                if (!assignments.TryGetValue(userId, out var list))
                {
                    assignments[userId] = list = [];
                }

                list.Add(new UnitRecord(reader.GetInt64(1), reader.GetString(2), reader.GetString(3), StoredTime.Parse(reader.GetString(4))));
            }
        }

        return rows.Select(r => new UserRecord(
            r.Id, r.Login, r.Name, r.Role, r.Unit, r.Region,
            r.Role == Role.Reviewer ? Sorted(assignments.GetValueOrDefault(r.Id)) : [], r.Failed, r.Locked, r.Created)).ToList();
    }

    // Ordinal on every provider, whatever the database's collation.
    private static List<UnitRecord> Sorted(List<UnitRecord>? units) =>
        units is null ? [] : [.. units.OrderBy(u => u.Region, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal)];

    [GeneratedRegex("^[a-z0-9._-]{3,64}$")]
    private static partial Regex LoginPattern();
}
