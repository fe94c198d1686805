using System.Globalization;

namespace Gongkai.Storage;

/// <summary>
/// How timestamps are stored on both providers: ISO 8601 round-trip text in UTC ("2026-03-01T08:30:00.0000000+00:00"),
/// so SQLite and PostgreSQL hold and return the same characters and a backup moves them unchanged.
/// </summary>
public static class StorageTime
{
    /// <summary>The stored text of an instant (converted to UTC).</summary>
    public static string Format(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The instant a stored text names.</summary>
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
