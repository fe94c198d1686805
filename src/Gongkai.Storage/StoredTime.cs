using System.Globalization;

namespace Gongkai.Storage;

/// <summary>Times as the tables store them: ISO 8601 text in UTC (round-trip "O" form), the same on every provider.</summary>
internal static class StoredTime
{
    /// <summary>The stored text of an instant.</summary>
    public static string Format(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The instant of stored text.</summary>
    public static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>A nullable column read as an instant.</summary>
    public static DateTimeOffset? ParseOrNull(object? value) => value is string text ? Parse(text) : null;
}
