using Gongkai.Model;

namespace Gongkai.Web.Demo;

/// <summary>One demo report as read from its source.</summary>
/// <param name="SourceName">The file it came from, for the start-up log.</param>
/// <param name="Report">The model.</param>
public sealed record DemoDocument(string SourceName, UnitYearReport Report)
{
    /// <summary>The published document's bytes when the report was read from one (kept so its page audits the text).</summary>
    public byte[]? Original { get; init; }
}
