using System.Text;

namespace Gongkai.Documents.OpenData;

/// <summary>
/// CSV fields as RFC 4180 writes them (comma-separated, CRLF rows, quotes doubled), with text that a spreadsheet would
/// run as a formula (=, +, -, @ first) prefixed by an apostrophe: names and messages come from published documents,
/// which anyone can write. Numbers are written as they are.
/// </summary>
public static class CsvText
{
    /// <summary>A text field, quoted when needed and defused when it starts like a formula.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    /// <summary>Appends one row of already formatted fields and the CRLF that ends it.</summary>
    public static void AppendRow(StringBuilder csv, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.AppendJoin(',', fields).Append("\r\n");
    }
}
