namespace Gongkai.Classification;

/// <summary>The level of a code: 类, 款 or 项.</summary>
public enum ClassificationLevel
{
    /// <summary>类 (3 digits).</summary>
    Class,

    /// <summary>款 (5 digits).</summary>
    Section,

    /// <summary>项 (7 digits; functional scheme only).</summary>
    Item,
}
