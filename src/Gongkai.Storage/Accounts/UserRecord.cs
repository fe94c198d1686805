using Gongkai.Access;

namespace Gongkai.Storage.Accounts;

/// <summary>One stored account, without its password hash.</summary>
/// <param name="Id">Its number in the store.</param>
/// <param name="Login">The login name (lower case).</param>
/// <param name="DisplayName">The name pages and the history show.</param>
/// <param name="Role">What the user is there to do.</param>
/// <param name="Unit">The own unit of a unit filler (null for the other roles).</param>
/// <param name="Region">The region of a supervisor (null for the other roles).</param>
/// <param name="AssignedUnits">The units a reviewer reviews, by region and name.</param>
/// <param name="FailedLogins">Consecutive failed logins since the last success or lock-out.</param>
/// <param name="LockedUntil">When a lock-out ends (null: not locked).</param>
/// <param name="CreatedAt">When the account was created (UTC).</param>
public sealed record UserRecord(
    long Id,
    string Login,
    string DisplayName,
    Role Role,
    UnitRecord? Unit,
    string? Region,
    IReadOnlyList<UnitRecord> AssignedUnits,
    int FailedLogins,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt)
{
    /// <summary>The user as the access policy sees them.</summary>
    public Actor ToActor() => new(Id, Role, Unit?.Key, Region, AssignedUnits.Select(u => u.Key).ToHashSet());
}
