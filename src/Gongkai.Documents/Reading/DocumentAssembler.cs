using Gongkai.Classification;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Turns a document's lines (from any format) into a <see cref="ReadDocument"/>: the year first (the catalogue look-ups
/// of the tables depend on it), then the tables, then the unit's facts, the document kinds and the other tables.
/// </summary>
public static class DocumentAssembler
{
    /// <summary>Reads the lines with the built-in templates and catalogue.</summary>
    public static ReadDocument Assemble(SourceDocument document, IEnumerable<ReadingNote>? readerNotes = null) =>
        Assemble(document, TemplateLibrary.BuiltIn, ClassificationCatalogue.BuiltIn, readerNotes);

    /// <summary>Reads the lines with the given templates and catalogue.</summary>
    public static ReadDocument Assemble(
        SourceDocument document,
        TemplateLibrary templates,
        ClassificationCatalogue catalogue,
        IEnumerable<ReadingNote>? readerNotes = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var notes = new List<ReadingNote>(readerNotes ?? []);
        var lines = document.Lines;
        var year = NarrativeReader.FindYear(lines);
        var kind = DocumentKindDetector.CoverSaysBudget(lines) ? DisclosureKind.Budget : DisclosureKind.FinalAccounts;
        var report = new UnitYearReport { Kind = kind, Year = year ?? 0 };
        var set = templates.For(kind, year ?? 0);
        var tableNotes = new List<ReadingNote>();
        var recogniser = new TableRecogniser(set, catalogue, year ?? 0, tableNotes);
        recogniser.Read(lines, report);

        if (report.Tables.Any(t => t.PrintedUnit == AmountUnit.Yuan))
        {
            report.PrintedUnit = AmountUnit.Yuan;
        }

        var consumed = recogniser.Consumed;
        report.Unit.Name = NarrativeReader.FindUnitName(lines, consumed, report)
            ?? UnitNameInference.FromSelfReference(lines.Where(l => !consumed.Contains(l.Index) && !l.IsBlank).Select(l => l.Text))
            ?? "";
        report.Unit.Region ??= UnitNameInference.RegionOf(report.Unit.Name);
        NarrativeReader.ReadFacts(lines, consumed, report);
        var kinds = DocumentKindDetector.Detect(lines, report, consumed);
        if (kinds.Contains(PublishedDocumentKind.BudgetDisclosure) && !kinds.Contains(PublishedDocumentKind.FinalAccountsDisclosure))
        {
            report.Kind = DisclosureKind.Budget;
        }

        var others = OtherTables(lines, consumed);
        notes.AddRange(tableNotes);
        if (kinds.Count == 0)
        {
            notes.Add(new ReadingNote(null, MessageCatalogue.ReadingNoteUnknownKind));
        }

        if (!report.Tables.Any() && (kinds.Count == 0 || kinds.Contains(PublishedDocumentKind.FinalAccountsDisclosure)
                                     || kinds.Contains(PublishedDocumentKind.BudgetDisclosure)))
        {
            notes.Add(new ReadingNote(null, MessageCatalogue.ReadingNoteNoTables));
        }

        if (year is null)
        {
            notes.Add(new ReadingNote(null, MessageCatalogue.ReadingNoteYearMissing));
        }

        if (report.Unit.Name.Length == 0)
        {
            notes.Add(new ReadingNote(null, MessageCatalogue.ReadingNoteUnitMissing));
        }

        return new ReadDocument(report, document, kinds, others, notes)
        {
            TableLines = recogniser.TableLines.ToDictionary(p => p.Key, p => (IReadOnlyList<int>)p.Value),
        };
    }

    private static List<RawTable> OtherTables(IReadOnlyList<SourceLine> lines, HashSet<int> consumed)
    {
        var tables = new List<RawTable>();
        var i = 0;
        while (i < lines.Count)
        {
            var line = lines[i];
            if (consumed.Contains(i) || !line.IsTableRow || line.Cells.Count(c => c.Trim().Length > 0) < 2)
            {
                i++;
                continue;
            }

            var title = "";
            for (var back = i - 1; back >= 0 && back >= i - 4; back--)
            {
                if (!lines[back].IsBlank && !lines[back].IsTableRow && !consumed.Contains(back))
                {
                    title = lines[back].Text.Trim();
                    break;
                }
            }

            var rows = new List<SourceLine>();
            var j = i;
            while (j < lines.Count && !consumed.Contains(j) && (lines[j].IsTableRow || lines[j].IsBlank))
            {
                if (lines[j].IsTableRow)
                {
                    rows.Add(lines[j]);
                }

                j++;
            }

            tables.Add(new RawTable(title, line.Position, rows));
            i = j;
        }

        return tables;
    }
}
