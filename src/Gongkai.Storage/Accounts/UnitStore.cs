using System.Data.Common;
using System.Globalization;
using Gongkai.Access;
using Gongkai.Messages;

namespace Gongkai.Storage.Accounts;

/// <summary>
/// The budget units of one installation (table units): each a region and a name, unique together, as reports name
/// them. Unit-filler accounts belong to one; reviewers are assigned some. Provider-neutral (System.Data.Common only).
/// </summary>
public sealed class UnitStore
{
    private const string Columns = "id, region, name, created_at";

    private readonly GongkaiDatabase database;
    private readonly TimeProvider clock;

    /// <summary>Creates the store over a (migrated) database.</summary>
    public UnitStore(GongkaiDatabase database, TimeProvider? clock = null)
    {
        this.database = database;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Every unit, by region then name.</summary>
    public async Task<IReadOnlyList<UnitRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, "SELECT " + Columns + " FROM units");
        // Sorted here, not in SQL: ordinal on every provider, whatever the database's collation.
        return (await ReadAllAsync(command, cancellationToken))
            .OrderBy(u => u.Region, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The unit with this id, or null.</summary>
    public async Task<UnitRecord?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand(null, "SELECT " + Columns + " FROM units WHERE id = @id").AddParameter("@id", id);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The unit with this region and name, or null.</summary>
    public async Task<UnitRecord?> FindAsync(UnitKey key, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        return await FindAsync(connection, null, key, cancellationToken);
    }

    /// <summary>Creates a unit.</summary>
    /// <exception cref="AccountException">The name is blank or the unit exists already.</exception>
    public async Task<UnitRecord> CreateAsync(UnitKey key, CancellationToken cancellationToken = default)
    {
        var (stored, created) = await FindOrCreateAsync(key, cancellationToken);
        return created
            ? stored
            : throw new AccountException(MessageCatalogue.Format(MessageCatalogue.AccountUnitTaken, stored.Name, stored.Region));
    }

    /// <summary>The unit with this region and name, created when absent (demo data, imports).</summary>
    /// <exception cref="AccountException">The name is blank.</exception>
    public async Task<UnitRecord> EnsureAsync(UnitKey key, CancellationToken cancellationToken = default) =>
        (await FindOrCreateAsync(key, cancellationToken)).Unit;

    private async Task<(UnitRecord Unit, bool Created)> FindOrCreateAsync(UnitKey key, CancellationToken cancellationToken)
    {
        var clean = new UnitKey((key.Region ?? "").Trim(), (key.Name ?? "").Trim());
        if (clean.Name.Length == 0)
        {
            throw new AccountException(MessageCatalogue.AccountUnitNameMissing);
        }

        await using DbConnection connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await database.BeginWriteTransactionAsync(connection, cancellationToken);
        if (await FindAsync(connection, transaction, clean, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var at = StoredTime.Format(clock.GetUtcNow());
        long id;
        await using (var insert = connection.CreateCommand(
            transaction, "INSERT INTO units (region, name, created_at) VALUES (@region, @name, @at) RETURNING id"))
        {
            insert.AddParameter("@region", clean.Region).AddParameter("@name", clean.Name)
                .AddParameter("@at", at);
            id = Convert.ToInt64(await insert.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        await transaction.CommitAsync(cancellationToken);
        return (new UnitRecord(id, clean.Region, clean.Name, StoredTime.Parse(at)), true);
    }

    private static async Task<UnitRecord?> FindAsync(
        DbConnection connection, DbTransaction? transaction, UnitKey key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand(
                transaction, "SELECT " + Columns + " FROM units WHERE region = @region AND name = @name")
            .AddParameter("@region", key.Region).AddParameter("@name", key.Name);
        return (await ReadAllAsync(command, cancellationToken)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<UnitRecord>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var units = new List<UnitRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            units.Add(new UnitRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), StoredTime.Parse(reader.GetString(3))));
        }

        return units;
    }
}
