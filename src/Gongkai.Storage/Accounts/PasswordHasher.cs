using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Storage.Accounts;

/// <summary>
/// Password hashes as PBKDF2 with HMAC-SHA256 (the framework's <see cref="Rfc2898DeriveBytes.Pbkdf2(ReadOnlySpan{char}, ReadOnlySpan{byte}, int, HashAlgorithmName, int)"/>):
/// a random 16-byte salt per password, 32-byte hash, stored as <c>pbkdf2-sha256$iterations$salt$hash</c> (base64), so
/// the iteration count can be raised later without invalidating stored hashes. Comparison is constant-time.
/// </summary>
public static class PasswordHasher
{
    /// <summary>The iteration count for new hashes (OWASP's floor for PBKDF2-SHA256 is higher; 100,000 keeps a login
    /// near 50 ms on a 2-core machine, and the lock-out caps guessing online).</summary>
    public const int Iterations = 100_000;

    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>The stored form of a new password with a fresh random salt.</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether the password matches the stored form; false for a malformed stored form.</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        byte[] salt, expected;
        try
        {
            salt = Convert.FromBase64String(parts[2]);
            expected = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Spends the time of one verification on nothing, so that a login that does not exist takes as long to refuse as
    /// a wrong password (no timing oracle for which logins exist).
    /// </summary>
    public static void VerifyNothing(string password) => Verify(password, DummyHash.Value);

    private static readonly Lazy<string> DummyHash = new(() => Hash("gongkai-no-such-user"));
}
