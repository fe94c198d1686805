using System.Text;
using Gongkai.Messages;

namespace Gongkai.Documents.Performance;

/// <summary>
/// Reads a 部门整体支出绩效评价 document exported as text (seed 004): the report's prose and amounts, the
/// 绩效评价基础数据表 and the 绩效自评表, each table found by its title and read by its header words. Parts that cannot
/// be read are listed in <see cref="PerformanceDocument.Problems"/>; a document with neither table is refused.
/// </summary>
public static class PerformanceTextReader
{
    /// <summary>The title word of the self-evaluation sheet.</summary>
    public const string SheetTitle = "绩效自评表";

    /// <summary>The title word of the base-data table.</summary>
    public const string BaseDataTitle = "绩效评价基础数据表";

    private const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Reads a UTF-8 text file.</summary>
    public static PerformanceDocument ReadFile(string path)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > MaxBytes)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileTooLarge, path, info.Length, MaxBytes), path);
            }

            text = File.ReadAllText(path, new UTF8Encoding(false, true));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileNotFound, path), path, inner: e);
        }
        catch (DecoderFallbackException e)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadPerformanceNotUtf8, path), path, inner: e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), path, inner: e);
        }

        return Read(text, path);
    }

    /// <summary>Reads text; <paramref name="sourceName"/> names it in messages.</summary>
    public static PerformanceDocument Read(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\uFEFF').Split('\n');
        var problems = new List<PerformanceReadProblem>();
        var cells = new PerformanceCells(sourceName, problems);

        var baseAt = TextGrid.FindTitle(lines, BaseDataTitle);
        var sheetAt = TextGrid.FindTitle(lines, SheetTitle);
        if (baseAt < 0 && sheetAt < 0)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.ReadPerformanceNoTables, sourceName), sourceName);
        }

        Gongkai.Performance.EvaluationBaseData? data = null;
        if (baseAt >= 0)
        {
            data = BaseDataTableReader.Read(TextGrid.Rows(lines, baseAt, out _), lines[baseAt], cells);
        }

        Gongkai.Performance.SelfEvaluationSheet? sheet = null;
        if (sheetAt >= 0)
        {
            sheet = SelfEvaluationTableReader.Read(TextGrid.Rows(lines, sheetAt, out _), lines[sheetAt], cells);
        }

        var first = new[] { baseAt, sheetAt }.Where(i => i >= 0).Min();
        var narrative = EvaluationNarrativeReader.Read(lines, first);
        if (sheet is null && narrative is not null)
        {
            sheet = new Gongkai.Performance.SelfEvaluationSheet();
        }

        if (sheet is not null)
        {
            sheet.Narrative = narrative;
            if (sheet.Year == 0)
            {
                sheet.Year = data?.Year ?? PerformanceCells.Year(narrative?.Title ?? "") ?? 0;
            }

            if (sheet.UnitName.Length == 0 && narrative?.Title is { } title)
            {
                var at = title.IndexOf("20", StringComparison.Ordinal);
                sheet.UnitName = at > 0 ? title[..at] : "";
            }
        }

        return new PerformanceDocument { Sheet = sheet, BaseData = data, Problems = [.. problems.OrderBy(p => p.Line)] };
    }
}
