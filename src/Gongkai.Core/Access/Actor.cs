namespace Gongkai.Access;

/// <summary>
/// A signed-in user as the access policy sees them: role, own unit, region and assigned units, read fresh for every
/// request so that a change by the administrator applies at once. The public is no actor (null).
/// </summary>
/// <param name="UserId">The user's number in the store.</param>
/// <param name="Role">What the user is there to do.</param>
/// <param name="Unit">The unit a <see cref="Access.Role.UnitFiller"/> reports for (null for the other roles).</param>
/// <param name="Region">The region a <see cref="Access.Role.Supervisor"/> oversees (null or "" for none).</param>
/// <param name="AssignedUnits">The units a <see cref="Access.Role.Reviewer"/> reviews (empty for the other roles).</param>
public sealed record Actor(long UserId, Role Role, UnitKey? Unit, string? Region, IReadOnlySet<UnitKey> AssignedUnits);
