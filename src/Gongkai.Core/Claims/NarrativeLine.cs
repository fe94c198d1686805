using Gongkai.Model;

namespace Gongkai.Claims;

/// <summary>One line of a document's running text, with where it stands in the source.</summary>
public sealed record NarrativeLine(string Text, SourcePosition Position);
