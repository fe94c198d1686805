namespace Gongkai.Model;

/// <summary>One entry of the 名词解释 section.</summary>
public sealed record TermDefinition(string Term, string Definition);
