namespace Gongkai.Storage.Accounts;

/// <summary>How a login attempt ended.</summary>
public enum SignInResult
{
    /// <summary>Login and password matched; the failure count was reset.</summary>
    Success,

    /// <summary>The login does not exist or the password is wrong (the caller must not say which).</summary>
    Invalid,

    /// <summary>Too many failures: refused without checking the password until the lock-out ends.</summary>
    LockedOut,
}
