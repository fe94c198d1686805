namespace Gongkai.Writing;

/// <summary>A disclosure table set in the document, with its title lines and notes.</summary>
/// <param name="Table">The table.</param>
public sealed record TableBlock(DocumentTable Table) : DocumentBlock;
