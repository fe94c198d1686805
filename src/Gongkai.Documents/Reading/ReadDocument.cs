using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>
/// What reading one published document gave: the report (tables, unit facts, 名词解释), the document's lines with their
/// positions (for the sentence checks), the kinds of document recognised, other tables, and the reading notes on
/// everything that could not be placed. A partial reading is normal: the notes say what is missing.
/// </summary>
public sealed class ReadDocument
{
    /// <summary>Creates the result.</summary>
    public ReadDocument(
        UnitYearReport report,
        SourceDocument source,
        IReadOnlyList<PublishedDocumentKind> kinds,
        IReadOnlyList<RawTable> otherTables,
        IReadOnlyList<ReadingNote> notes)
    {
        Report = report;
        Source = source;
        Kinds = kinds;
        OtherTables = otherTables;
        Notes = notes;
    }

    /// <summary>The model read from the document.</summary>
    public UnitYearReport Report { get; }

    /// <summary>The document's lines and their positions.</summary>
    public SourceDocument Source { get; }

    /// <summary>The kinds of document recognised, in the order they appear; empty when none was.</summary>
    public IReadOnlyList<PublishedDocumentKind> Kinds { get; }

    /// <summary>Tables that are not disclosure tables (自评表, 基础数据表…), as grids.</summary>
    public IReadOnlyList<RawTable> OtherTables { get; }

    /// <summary>What could not be read or placed, in document order.</summary>
    public IReadOnlyList<ReadingNote> Notes { get; }

    /// <summary>For each table kind read, the source lines its rows came from (table kind → line indices).</summary>
    public IReadOnlyDictionary<DisclosureTableKind, IReadOnlyList<int>> TableLines { get; init; } =
        new Dictionary<DisclosureTableKind, IReadOnlyList<int>>();

    /// <summary>
    /// The document as cell-per-line text with its ruled tables put back together from the page geometry (a PDF's
    /// self-evaluation sheet and base-data table, whose cells wrap); null when the reader made none.
    /// </summary>
    public string? RuledTableText { get; internal set; }
}
