using System.Text;

namespace Gongkai.Documents.Ledgers;

/// <summary>
/// Splits CSV text (RFC 4180: comma separated, double-quoted fields with "" for a quote, line breaks inside quotes) into
/// records, keeping the line each record starts on so that messages can point at it. Unquoted fields are trimmed.
/// </summary>
internal static class CsvTokenizer
{
    /// <summary>
    /// The records of the text. A quote left open at the end of the text yields the records before it and sets
    /// <paramref name="unclosedQuoteLine"/> to the line where the open field began.
    /// </summary>
    public static List<CsvRecord> Split(string text, out int? unclosedQuoteLine)
    {
        unclosedQuoteLine = null;
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var quoteLine = 0;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;

        void EndField()
        {
            fields.Add(wasQuoted ? field.ToString() : field.ToString().Trim());
            field.Clear();
            wasQuoted = false;
        }

        void EndRecord()
        {
            EndField();
            records.Add(new CsvRecord(recordLine, [.. fields]));
            fields.Clear();
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.ToString().Trim().Length == 0 && !wasQuoted:
                    // A quote opening a field (spaces before it are dropped); elsewhere a quote is an ordinary character.
                    field.Clear();
                    quoted = true;
                    wasQuoted = true;
                    quoteLine = line;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    if (!wasQuoted || !char.IsWhiteSpace(c))
                    {
                        field.Append(c);
                    }

                    break;
            }
        }

        if (quoted)
        {
            unclosedQuoteLine = quoteLine;
            return records;
        }

        if (field.Length > 0 || fields.Count > 0 || wasQuoted)
        {
            EndRecord();
        }

        return records;
    }
}
