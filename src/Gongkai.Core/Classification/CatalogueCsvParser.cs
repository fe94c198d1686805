using System.Globalization;
using System.Text;
using Gongkai.Messages;

namespace Gongkai.Classification;

/// <summary>
/// Reads a classification catalogue from CSV text (catalogues/*.csv, or a user's own list). The header names the
/// columns: <c>code,name,level,parent,verified,from_year,to_year,basis</c>, or the Chinese 科目编码, 科目名称, 级次,
/// 上级编码 of official lists. Only the code and the name are required; the level and the parent follow from the
/// code's length (3/5/7) and are checked against it when given. Columns the parser does not know are ignored, and
/// rows above the header (a title row) are skipped.
/// </summary>
public static class CatalogueCsvParser
{
    /// <summary>How many non-empty rows may stand above the header (titles, notes) before the file is refused.</summary>
    private const int MaxRowsBeforeHeader = 10;

    private enum Column
    {
        Code,
        Name,
        Level,
        Parent,
        Verified,
        FromYear,
        ToYear,
        Basis,
    }

    private static readonly Dictionary<string, Column> HeaderNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["code"] = Column.Code, ["科目编码"] = Column.Code, ["科目代码"] = Column.Code, ["编码"] = Column.Code,
        ["功能分类科目编码"] = Column.Code, ["经济分类科目编码"] = Column.Code,
        ["name"] = Column.Name, ["科目名称"] = Column.Name, ["名称"] = Column.Name,
        ["level"] = Column.Level, ["级次"] = Column.Level, ["级别"] = Column.Level, ["层级"] = Column.Level,
        ["parent"] = Column.Parent, ["上级编码"] = Column.Parent, ["上级科目编码"] = Column.Parent,
        ["verified"] = Column.Verified, ["已核实"] = Column.Verified,
        ["from_year"] = Column.FromYear, ["起始年度"] = Column.FromYear,
        ["to_year"] = Column.ToYear, ["终止年度"] = Column.ToYear,
        ["basis"] = Column.Basis, ["依据"] = Column.Basis,
    };

    /// <summary>
    /// Parses CSV text (UTF-8 with or without BOM already decoded; quoted fields with "" escapes; CRLF or LF).
    /// Throws <see cref="CatalogueFormatException"/> (a <see cref="FormatException"/>) with
    /// <see cref="MessageCatalogue.CatalogueMalformed"/> naming the file and line of the first malformed row.
    /// </summary>
    public static IReadOnlyList<ClassificationEntry> Parse(string text, ClassificationScheme scheme, string sourceName) =>
        FromRows(SplitRecords(text, sourceName), scheme, sourceName);

    /// <summary>
    /// Builds entries from rows of text fields, the first recognisable one being the header. The xlsx reader of
    /// Gongkai.Documents uses this so that both formats follow the same rules and messages.
    /// </summary>
    public static IReadOnlyList<ClassificationEntry> FromRows(IEnumerable<CatalogueSourceRow> rows, ClassificationScheme scheme, string sourceName)
    {
        Dictionary<Column, int>? columns = null;
        var seen = 0;
        var entries = new List<ClassificationEntry>();
        var linesOfCode = new Dictionary<string, List<(int Line, ClassificationEntry Entry)>>(StringComparer.Ordinal);
        var lastLine = 0;
        foreach (var row in rows)
        {
            lastLine = row.Line;
            if (row.Fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (columns is null)
            {
                columns = TryHeader(row, sourceName);
                if (columns is null && ++seen >= MaxRowsBeforeHeader)
                {
                    throw Malformed(sourceName, row.Line, "找不到表头（应含 code,name 或 科目编码,科目名称 两列）");
                }

                continue;
            }

            var entry = ParseRow(row, columns, scheme, sourceName);
            if (linesOfCode.TryGetValue(entry.Code, out var earlier))
            {
                foreach (var (line, other) in earlier)
                {
                    if (Overlaps(entry, other))
                    {
                        throw Malformed(sourceName, row.Line, $"科目编码 {entry.Code} 与第 {line} 行重复（适用年度重叠）");
                    }
                }

                earlier.Add((row.Line, entry));
            }
            else
            {
                linesOfCode[entry.Code] = [(row.Line, entry)];
            }

            entries.Add(entry);
        }

        if (columns is null)
        {
            throw Malformed(sourceName, Math.Max(lastLine, 1), "找不到表头（应含 code,name 或 科目编码,科目名称 两列）");
        }

        return entries;
    }

    /// <summary>Splits CSV text into records; a record's line is the line it starts on.</summary>
    internal static IEnumerable<CatalogueSourceRow> SplitRecords(string text, string sourceName)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        while (i < text.Length)
        {
            var start = line;
            fields.Clear();
            while (true)
            {
                field.Clear();
                if (i < text.Length && text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw Malformed(sourceName, start, "引号未闭合");
                        }

                        var c = text[i++];
                        if (c == '"')
                        {
                            if (i < text.Length && text[i] == '"')
                            {
                                field.Append('"');
                                i++;
                                continue;
                            }

                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        throw Malformed(sourceName, line, $"第 {fields.Count + 1} 列的引号后有多余字符");
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        field.Append(text[i++]);
                    }
                }

                fields.Add(field.ToString());
                if (i < text.Length && text[i] == ',')
                {
                    i++;
                    continue;
                }

                break;
            }

            if (i < text.Length && text[i] == '\r')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                i++;
            }

            line++;
            yield return new CatalogueSourceRow(start, fields.ToArray());
        }
    }

    private static Dictionary<Column, int>? TryHeader(CatalogueSourceRow row, string sourceName)
    {
        var columns = new Dictionary<Column, int>();
        for (var i = 0; i < row.Fields.Count; i++)
        {
            var name = string.Concat(row.Fields[i].Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF'));
            if (HeaderNames.TryGetValue(name, out var column) && !columns.TryAdd(column, i))
            {
                throw Malformed(sourceName, row.Line, $"表头中“{name}”列重复");
            }
        }

        return columns.ContainsKey(Column.Code) && columns.ContainsKey(Column.Name) ? columns : null;
    }

    private static ClassificationEntry ParseRow(CatalogueSourceRow row, Dictionary<Column, int> columns, ClassificationScheme scheme, string sourceName)
    {
        string Field(Column c) => columns.TryGetValue(c, out var i) && i < row.Fields.Count ? row.Fields[i].Trim() : "";

        var code = Field(Column.Code);
        if (code.Length == 0)
        {
            throw Malformed(sourceName, row.Line, "科目编码为空");
        }

        if (!code.All(c => c is >= '0' and <= '9'))
        {
            throw Malformed(sourceName, row.Line, $"科目编码“{code}”应全为数字");
        }

        if (!scheme.CodeLengths().Contains(code.Length))
        {
            throw Malformed(sourceName, row.Line,
                $"科目编码 {code} 为 {code.Length} 位，此科目表应为 {string.Join("/", scheme.CodeLengths())} 位");
        }

        var name = Field(Column.Name);
        if (name.Length == 0)
        {
            throw Malformed(sourceName, row.Line, $"科目 {code} 的名称为空");
        }

        var level = ClassificationCatalogue.LevelOf(code)!.Value;
        var levelText = Field(Column.Level);
        if (levelText.Length > 0 && ParseLevel(levelText) != level)
        {
            throw Malformed(sourceName, row.Line, $"级次“{levelText}”与 {code.Length} 位的科目编码 {code} 不符（应为{LevelName(level)}）");
        }

        var parent = ClassificationCatalogue.ParentCodeOf(code);
        var parentText = Field(Column.Parent);
        if (parentText.Length > 0 && parentText != parent)
        {
            throw Malformed(sourceName, row.Line, parent is null
                ? $"{code} 是类级科目，不应有上级编码（印为 {parentText}）"
                : $"上级编码 {parentText} 与科目编码 {code} 不符（应为 {parent}）");
        }

        var from = ParseYear(Field(Column.FromYear), "from_year", row, sourceName);
        var to = ParseYear(Field(Column.ToYear), "to_year", row, sourceName);
        if (from is not null && to is not null && from > to)
        {
            throw Malformed(sourceName, row.Line, $"起始年度 {from} 晚于终止年度 {to}");
        }

        var basis = Field(Column.Basis);
        return new ClassificationEntry(
            scheme, code, name, level, parent, ParseVerified(Field(Column.Verified), row, sourceName), from, to,
            basis.Length == 0 ? null : basis);
    }

    private static ClassificationLevel? ParseLevel(string text) => text switch
    {
        "类" or "1" => ClassificationLevel.Class,
        "款" or "2" => ClassificationLevel.Section,
        "项" or "3" => ClassificationLevel.Item,
        _ => null,
    };

    private static string LevelName(ClassificationLevel level) => level switch
    {
        ClassificationLevel.Class => "类",
        ClassificationLevel.Section => "款",
        _ => "项",
    };

    private static bool ParseVerified(string text, CatalogueSourceRow row, string sourceName) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "是" or "yes" => true,
        "" or "false" or "0" or "否" or "no" => false,
        _ => throw Malformed(sourceName, row.Line, $"verified 列应为 true 或 false，实为“{text}”"),
    };

    private static int? ParseYear(string text, string column, CatalogueSourceRow row, string sourceName)
    {
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999
            ? year
            : throw Malformed(sourceName, row.Line, $"{column} 列应为四位年份或留空，实为“{text}”");
    }

    private static bool Overlaps(ClassificationEntry a, ClassificationEntry b) =>
        (a.FromYear ?? int.MinValue) <= (b.ToYear ?? int.MaxValue) && (b.FromYear ?? int.MinValue) <= (a.ToYear ?? int.MaxValue);

    private static CatalogueFormatException Malformed(string sourceName, int line, string what) =>
        new(MessageCatalogue.Format(MessageCatalogue.CatalogueMalformed, sourceName, line, what), sourceName, line);
}
