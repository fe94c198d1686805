using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Reading;

/// <summary>Says where a source position is, in the user's words (第 12 行; 第 3 页第 5 行; 工作表“公开01表”C7 单元格).</summary>
public static class SourcePositions
{
    /// <summary>The position in words; an empty string when nothing is known.</summary>
    public static string Describe(SourcePosition? position)
    {
        if (position is null)
        {
            return "";
        }

        if (position.Sheet is { } sheet)
        {
            return position.Cell is { } cell
                ? MessageCatalogue.Format(MessageCatalogue.ReadingPositionSheetCell, sheet, cell)
                : MessageCatalogue.Format(MessageCatalogue.ReadingPositionSheetRow, sheet, position.Line);
        }

        if (position.Cell is { } place)
        {
            // DOCX positions carry their table, row and column already worded.
            return place;
        }

        if (position.Page is { } page)
        {
            return MessageCatalogue.Format(MessageCatalogue.ReadingPositionPageLine, page, position.Line);
        }

        return position.Line is { } line ? MessageCatalogue.Format(MessageCatalogue.ReadingPositionLine, line) : "";
    }

    /// <summary>A note's full text: file, place, message.</summary>
    public static string Describe(string sourceName, ReadingNote note)
    {
        var place = Describe(note.Position);
        return place.Length == 0
            ? sourceName + "：" + note.Message
            : MessageCatalogue.Format(MessageCatalogue.ReadingNoteAt, sourceName, place, note.Message);
    }
}
