namespace Gongkai.Templates;

/// <summary>A column of a table template: its number (栏次), the header name, and the header group it sits under.</summary>
public sealed record ColumnTemplate(int Number, string Name, string? Group = null)
{
    /// <summary>The header in the user's words, with the group where it disambiguates (预算数·公务接待费).</summary>
    public string DisplayName => Group is null || Group is "收入" or "支出" ? Name : Group + Name;
}
