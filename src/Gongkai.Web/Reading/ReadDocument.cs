using Gongkai.Claims;
using Gongkai.Model;

namespace Gongkai.Web.Reading;

/// <summary>What a reader made of a document: the report and the running text lines it was read from.</summary>
/// <param name="Report">The model.</param>
/// <param name="Lines">The text lines (情况说明 and the rest) for the sentence checks; empty for canonical JSON.</param>
public sealed record ReadDocument(
    UnitYearReport Report,
    IReadOnlyList<NarrativeLine> Lines,
    Documents.Reading.ReadDocument? Read = null,
    string? OriginalText = null);
