namespace Gongkai.Writing;

/// <summary>Starts a new page (before each part and after the cover).</summary>
public sealed record PageBreakBlock : DocumentBlock;
