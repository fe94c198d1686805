using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Gongkai.Messages;
using Gongkai.Model;

namespace Gongkai.Documents.Canonical;

/// <summary>
/// The first pass over a JSON input, before any of it is interpreted: the bytes are UTF-8, the syntax is JSON, and the
/// nesting is bounded. Each failure becomes a <see cref="DocumentReadException"/> with a line and column that an editor
/// shows (1-based, counted in characters, not bytes, so a Chinese label does not shift the column).
/// </summary>
internal static class JsonTextCheck
{
    /// <summary>Reader options shared by the check and the parse that follows it.</summary>
    internal static JsonReaderOptions Options(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
    };

    /// <summary>Throws unless <paramref name="utf8"/> is valid UTF-8 holding one JSON value no deeper than the limit.</summary>
    internal static void Validate(ReadOnlySpan<byte> utf8, string sourceName)
    {
        if (!Utf8.IsValid(utf8))
        {
            var bad = FirstInvalidUtf8(utf8);
            var (line, column) = Position(utf8, bad);
            throw Fail(MessageCatalogue.Format(MessageCatalogue.JsonNotUtf8, sourceName, line, column), sourceName, line);
        }

        // One level of slack so that this loop, not the reader, sees the first token past the limit and can name it.
        var reader = new Utf8JsonReader(utf8, Options(CanonicalFormat.MaxDepth + 1));
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && reader.CurrentDepth >= CanonicalFormat.MaxDepth)
                {
                    var (line, column) = Position(utf8, checked((int)reader.TokenStartIndex));
                    throw Fail(
                        MessageCatalogue.Format(MessageCatalogue.JsonTooDeep, sourceName, CanonicalFormat.MaxDepth, line, column),
                        sourceName,
                        line);
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    CheckEscapes(ref reader, utf8, sourceName);
                }
            }
        }
        catch (JsonException e)
        {
            throw Malformed(e, utf8, sourceName);
        }
    }

    /// <summary>The read error for a syntax error the JSON reader found, placed at its line and character column.</summary>
    internal static DocumentReadException Malformed(JsonException e, ReadOnlySpan<byte> utf8, string sourceName)
    {
        var offset = OffsetOf(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
        var (line, column) = Position(utf8, offset);
        var what = offset >= EndOfContent(utf8)
            ? MessageCatalogue.JsonSyntaxUnexpectedEnd
            : MessageCatalogue.JsonSyntaxInvalid;
        return Fail(MessageCatalogue.Format(MessageCatalogue.JsonMalformed, sourceName, line, column, what), sourceName, line, e);
    }

    private static void CheckEscapes(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, string sourceName)
    {
        try
        {
            // The reader accepts any \uXXXX; a lone surrogate fails only when the text is decoded, so decode it now.
            _ = reader.GetString();
        }
        catch (InvalidOperationException e)
        {
            var (line, column) = Position(utf8, checked((int)reader.TokenStartIndex));
            throw Fail(
                MessageCatalogue.Format(MessageCatalogue.JsonMalformed, sourceName, line, column, MessageCatalogue.JsonInvalidEscape),
                sourceName,
                line,
                e);
        }
    }

    /// <summary>1-based line and character column of a byte offset.</summary>
    internal static (int Line, int Column) Position(ReadOnlySpan<byte> utf8, int offset)
    {
        offset = Math.Clamp(offset, 0, utf8.Length);
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            // Count lead bytes only: a character is one column whatever its UTF-8 length.
            if ((b & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }

    private static int OffsetOf(ReadOnlySpan<byte> utf8, long lineIndex, long bytePositionInLine)
    {
        var start = 0;
        for (long i = 0; i < lineIndex; i++)
        {
            var next = utf8[start..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            start += next + 1;
        }

        return (int)Math.Min(utf8.Length, start + bytePositionInLine);
    }

    private static int EndOfContent(ReadOnlySpan<byte> utf8)
    {
        var end = utf8.Length;
        while (end > 0 && utf8[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            end--;
        }

        return end;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return utf8.Length;
    }

    private static DocumentReadException Fail(string message, string sourceName, int line, Exception? inner = null) =>
        new(message, sourceName, new SourcePosition(Line: line), inner);
}
