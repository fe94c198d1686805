using Gongkai.Access;

namespace Gongkai.Storage.Accounts;

/// <summary>What creating an account needs besides the password.</summary>
/// <param name="Login">The login name: 3–64 letters, digits, '.', '_' or '-' (stored in lower case).</param>
/// <param name="DisplayName">The name pages and the history show.</param>
/// <param name="Role">The role.</param>
/// <param name="UnitId">The own unit (required for <see cref="Role.UnitFiller"/>, ignored otherwise).</param>
/// <param name="Region">The region overseen (required for <see cref="Role.Supervisor"/>, ignored otherwise).</param>
/// <param name="AssignedUnitIds">The units reviewed (for <see cref="Role.Reviewer"/>, ignored otherwise).</param>
public sealed record NewUser(
    string Login, string DisplayName, Role Role, long? UnitId = null, string? Region = null, IReadOnlyList<long>? AssignedUnitIds = null);
