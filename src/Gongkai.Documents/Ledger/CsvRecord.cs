namespace Gongkai.Documents.Ledgers;

/// <summary>One record of a CSV text: its fields and the line it starts on (1-based).</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    /// <summary>True when every field is empty (a blank line, or a line of bare commas).</summary>
    public bool IsBlank => Fields.All(f => f.Length == 0);
}
