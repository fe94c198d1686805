using Gongkai.Messages;

namespace Gongkai.Documents.Reading;

/// <summary>
/// The lines a reader collects from one document, cut at <see cref="ReadLimits.MaxLines"/> lines or
/// <see cref="ReadLimits.MaxChars"/> characters with one note where the cut falls, so that a hostile file cannot
/// exhaust memory and the reader still says what it dropped.
/// </summary>
internal class BoundedLines(List<SourceLine> lines, List<ReadingNote> notes)
{
    private long chars;

    /// <summary>The lines kept so far.</summary>
    public List<SourceLine> Lines { get; } = lines;

    /// <summary>The reading notes of the document (the cut note is added here).</summary>
    public List<ReadingNote> Notes { get; } = notes;

    /// <summary>Whether a limit was reached: later lines are dropped and the reader may stop.</summary>
    public bool Full { get; private set; }

    /// <summary>Keeps the line unless a limit is reached.</summary>
    public void Add(SourceLine line)
    {
        if (Full)
        {
            return;
        }

        chars += line.Text.Length;
        if (Lines.Count >= ReadLimits.MaxLines || chars > ReadLimits.MaxChars)
        {
            Full = true;
            Notes.Add(new ReadingNote(line.Position, MessageCatalogue.Format(MessageCatalogue.ReadingLinesTruncated, Lines.Count)));
            return;
        }

        Lines.Add(line);
    }
}
