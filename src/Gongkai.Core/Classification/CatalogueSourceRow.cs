namespace Gongkai.Classification;

/// <summary>One row of a catalogue file as text fields, with its line (CSV) or row number (sheet) for messages.</summary>
public sealed record CatalogueSourceRow(int Line, IReadOnlyList<string> Fields);
