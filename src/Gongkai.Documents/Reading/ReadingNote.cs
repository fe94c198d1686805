using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>Something a reader saw but could not place in the model (a row, a value, a header), said in Chinese.</summary>
/// <param name="Position">Where it stands, when known.</param>
/// <param name="Message">What it is and why it was not read.</param>
public sealed record ReadingNote(SourcePosition? Position, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
