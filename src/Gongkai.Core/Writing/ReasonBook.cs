using Gongkai.Model;

namespace Gongkai.Writing;

/// <summary>
/// The unit's reasons during one write: hands out the texts, and for a required reason that is missing prints the
/// placeholder and remembers what is missing so that the caller can report it.
/// </summary>
internal sealed class ReasonBook
{
    private readonly UnitYearReport report;
    private readonly ExplanationOptions options;
    private readonly List<MissingReason> missing = [];

    public ReasonBook(UnitYearReport report, ExplanationOptions options)
    {
        this.report = report;
        this.options = options;
    }

    /// <summary>The heading of the section being written, recorded with each missing reason.</summary>
    public string Section { get; set; } = "";

    /// <summary>The reasons that were required and missing, in document order.</summary>
    public IReadOnlyList<MissingReason> Missing => missing;

    /// <summary>The reason under this key, or null.</summary>
    public string? Optional(string key) =>
        report.Reasons.TryGetValue(key, out var text) && NarrativeFormat.TrimReason(text) is { Length: > 0 } trimmed
            ? trimmed
            : null;

    /// <summary>The reason under this key, or the placeholder (recorded as missing).</summary>
    public string Required(string key, string subject)
    {
        if (Optional(key) is { } text)
        {
            return text;
        }

        if (!missing.Any(m => m.Key == key))
        {
            missing.Add(new MissingReason(key, Section, subject));
        }

        return options.Placeholder;
    }

    /// <summary>
    /// True when a difference of <paramref name="difference"/> against <paramref name="baseValue"/> needs a reason:
    /// beyond the threshold share of the base, or any difference over a zero base.
    /// </summary>
    public bool Needs(decimal difference, decimal baseValue)
    {
        if (difference == 0m)
        {
            return false;
        }

        return baseValue == 0m || Math.Abs(difference) > options.ReasonThreshold * Math.Abs(baseValue);
    }

    /// <summary>The reason for a difference: required when it is large enough, else optional.</summary>
    public string? For(string key, string subject, decimal difference, decimal baseValue) =>
        Needs(difference, baseValue) ? Required(key, subject) : Optional(key);
}
