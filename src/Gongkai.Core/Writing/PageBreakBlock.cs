namespace Gongkai.Writing;

/// <summary>Starts a new page (before each part and after the cover).</summary>
/// <param name="Landscape">True when the pages after the break are landscape (the wide tables of 第二部分).</param>
public sealed record PageBreakBlock(bool Landscape = false) : DocumentBlock;
