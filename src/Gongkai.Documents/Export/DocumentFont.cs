namespace Gongkai.Documents.Export;

/// <summary>
/// A font a Chinese government document names, with the free fonts that stand in for it where it is not installed
/// (no free 方正小标宋 or 仿宋_GB2312 exists: Debian's fonts-noto-cjk and the AR PL fonts take their place).
/// </summary>
/// <param name="Name">The official font name written into the document.</param>
/// <param name="Fallbacks">Stand-ins in order of preference.</param>
/// <param name="Generic">serif or sans-serif.</param>
public sealed record DocumentFont(string Name, IReadOnlyList<string> Fallbacks, string Generic)
{
    /// <summary>方正小标宋简体: the title and part headings.</summary>
    public static DocumentFont Title { get; } = new("方正小标宋简体", ["Noto Serif CJK SC", "AR PL UMing CN"], "serif");

    /// <summary>黑体: section headings (一、).</summary>
    public static DocumentFont Heading { get; } = new("黑体", ["SimHei", "Noto Sans CJK SC", "WenQuanYi Zen Hei"], "sans-serif");

    /// <summary>楷体_GB2312: subsection headings (（一）).</summary>
    public static DocumentFont Subheading { get; } = new("楷体_GB2312", ["KaiTi", "AR PL UKai CN", "Noto Serif CJK SC"], "serif");

    /// <summary>仿宋_GB2312: body text.</summary>
    public static DocumentFont Body { get; } = new("仿宋_GB2312", ["FangSong", "Noto Serif CJK SC", "AR PL UMing CN"], "serif");

    /// <summary>宋体: tables.</summary>
    public static DocumentFont Table { get; } = new("宋体", ["SimSun", "Noto Serif CJK SC", "AR PL SungtiL GB"], "serif");

    /// <summary>All of them.</summary>
    public static IReadOnlyList<DocumentFont> All { get; } = [Title, Heading, Subheading, Body, Table];

    /// <summary>The free stand-in a converter should use: the first Noto or AR PL fallback.</summary>
    public string FreeFallback => Fallbacks.First(f => f.StartsWith("Noto", StringComparison.Ordinal) || f.StartsWith("AR PL", StringComparison.Ordinal));

    /// <summary>A CSS font-family list: the official name, the stand-ins, the generic family.</summary>
    public string CssFamily => string.Join(", ", Fallbacks.Prepend(Name).Select(f => "\"" + f + "\"").Append(Generic));
}
