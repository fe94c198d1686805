namespace Gongkai.Writing;

/// <summary>
/// A reason the 情况说明 needs and the report lacks: the writer printed a placeholder in its place.
/// </summary>
/// <param name="Key">The reason key the report should hold (docs/FORMAT.md), e.g. Item.2010101.Deviation.</param>
/// <param name="Section">The section heading it belongs to, e.g. 五、一般公共预算财政拨款支出决算情况说明.</param>
/// <param name="Subject">What the reason is for, in the user's words (行政运行（项）决算数大于年初预算数).</param>
public sealed record MissingReason(string Key, string Section, string Subject);
