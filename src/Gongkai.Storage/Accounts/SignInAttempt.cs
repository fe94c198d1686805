namespace Gongkai.Storage.Accounts;

/// <summary>The answer of <see cref="UserStore.SignInAsync"/>.</summary>
/// <param name="Result">How the attempt ended.</param>
/// <param name="User">The user, on success only.</param>
/// <param name="LockedUntil">When the lock-out ends, when locked out.</param>
public sealed record SignInAttempt(SignInResult Result, UserRecord? User, DateTimeOffset? LockedUntil);
