namespace Gongkai.Templates;

/// <summary>How the coded rows of a table are keyed and which columns they fill.</summary>
public sealed record CodedRowsTemplate(CodeScheme Scheme, IReadOnlyList<int> Columns, string? Side = null);
