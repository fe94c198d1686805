using System.Globalization;
using System.Text;
using Gongkai.Ledgers;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Ledgers;

/// <summary>
/// Reads a unit's ledger from CSV (format in docs/LEDGER.md): UTF-8 with or without BOM, comma separated, a header row
/// of Chinese (or English) column names, one amount per line. Every bad row is collected; if there is any, one
/// <see cref="DocumentReadException"/> lists up to <see cref="MaxListedErrors"/> of them, each with file, line and
/// column, and no ledger is returned (never a half-read one).
/// </summary>
public static class LedgerCsvReader
{
    /// <summary>The largest file read (50 MB).</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    /// <summary>How many errors the exception message lists.</summary>
    public const int MaxListedErrors = 20;

    private static readonly (LedgerField Field, string[] Names)[] ColumnNames =
    [
        (LedgerField.Type, ["类型", "type"]),
        (LedgerField.FunctionalCode, ["功能分类科目编码", "功能分类编码", "功能科目编码", "功能分类", "functional_code"]),
        (LedgerField.EconomicCode, ["经济分类科目编码", "经济分类编码", "经济科目编码", "经济分类", "economic_code"]),
        (LedgerField.Use, ["支出用途", "用途", "use"]),
        (LedgerField.Source, ["资金来源", "来源", "source", "funding_source"]),
        (LedgerField.Amount, ["金额", "金额（万元）", "amount"]),
        (LedgerField.Item, ["项目", "item", "key"]),
        (LedgerField.Column, ["栏次", "column"]),
        (LedgerField.Text, ["内容", "text", "content"]),
    ];

    /// <summary>Reads a ledger file. The templates (default: the built-in set for the ledger's year) check 说明 lines.</summary>
    /// <exception cref="DocumentReadException">The file is missing, too large, not UTF-8, or has bad rows.</exception>
    public static Ledger Read(string path, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileNotFound, path), path);
            }

            if (info.Length > MaxBytes)
            {
                throw new DocumentReadException(
                    MessageCatalogue.Format(MessageCatalogue.FileTooLarge, path, info.Length, MaxBytes), path);
            }

            using var stream = info.OpenRead();
            return Read(stream, path, templates);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(MessageCatalogue.Format(MessageCatalogue.FileUnreadable, path, e.Message), path, inner: e);
        }
    }

    /// <summary>Reads a ledger from a stream (an upload); <paramref name="sourceName"/> names it in messages.</summary>
    /// <exception cref="DocumentReadException">The stream is too large, not UTF-8, or has bad rows.</exception>
    public static Ledger Read(Stream stream, string sourceName, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length > MaxBytes)
            {
                throw new DocumentReadException(
                    MessageCatalogue.Format(MessageCatalogue.FileTooLarge, sourceName, $"{buffer.Length}+", MaxBytes), sourceName);
            }
        }

        var bytes = buffer.ToArray();
        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, bytes.Length);
            var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
            throw new DocumentReadException(
                MessageCatalogue.Format(MessageCatalogue.LedgerNotUtf8, sourceName, line), sourceName, new SourcePosition(line), e);
        }

        return Parse(text, sourceName, templates);
    }

    /// <summary>Reads a ledger from CSV text.</summary>
    /// <exception cref="DocumentReadException">The text has bad rows, or none.</exception>
    public static Ledger Parse(string text, string sourceName, TemplateSet? templates = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<(int? Line, string Message)>();
        var records = CsvTokenizer.Split(text, out var unclosed);
        if (unclosed is { } u)
        {
            errors.Add((u, MessageCatalogue.Format(MessageCatalogue.LedgerLineInvalid, sourceName, u,
                MessageCatalogue.Format(MessageCatalogue.LedgerUnclosedQuote, u))));
        }

        var content = records.Where(r => !r.IsBlank && !r.Fields[0].StartsWith('#')).ToList();
        if (content.Count == 0)
        {
            Fail(sourceName, errors.Count > 0 ? errors : [(null, MessageCatalogue.Format(MessageCatalogue.LedgerNoRows, sourceName))]);
        }

        var header = ReadHeader(content[0], sourceName, errors);
        var rows = new RowReader(sourceName, content[0].Fields.Count, header, errors);
        var unit = new BudgetUnit();
        int? year = null;

        // Unit rows first: the year they give chooses the templates that check the 说明 rows.
        foreach (var record in content.Skip(1).Where(rows.IsUnitRow))
        {
            rows.ApplyUnitFact(record, unit, ref year);
        }

        var set = templates ?? TemplateLibrary.BuiltIn.For(DisclosureKind.FinalAccounts, year ?? 0);
        var figures = set.Table(DisclosureTableKind.ExplanationFigures);
        var lines = new List<LedgerLine>();
        foreach (var record in content.Skip(1).Where(r => !rows.IsUnitRow(r)))
        {
            if (rows.ReadLine(record, figures) is { } line)
            {
                lines.Add(line);
            }
        }

        if (content.Count == 1)
        {
            errors.Add((null, MessageCatalogue.Format(MessageCatalogue.LedgerNoRows, sourceName)));
        }

        foreach (var fact in new[] { LedgerUnitFacts.Name, LedgerUnitFacts.Year })
        {
            if ((fact == LedgerUnitFacts.Name && string.IsNullOrWhiteSpace(unit.Name)) || (fact == LedgerUnitFacts.Year && year is null))
            {
                errors.Add((null, MessageCatalogue.Format(MessageCatalogue.LedgerUnitFactMissing, sourceName, fact)));
            }
        }

        if (errors.Count > 0)
        {
            Fail(sourceName, errors);
        }

        return new Ledger(unit, year!.Value, lines);
    }

    private static Dictionary<int, (LedgerField Field, string Name)> ReadHeader(
        CsvRecord record, string sourceName, List<(int? Line, string Message)> errors)
    {
        var header = new Dictionary<int, (LedgerField, string)>();
        var seen = new HashSet<LedgerField>();
        var known = string.Join("、", ColumnNames.Select(c => c.Names[0]));
        for (var i = 0; i < record.Fields.Count; i++)
        {
            var name = record.Fields[i];
            if (name.Length == 0)
            {
                continue;
            }

            var normalized = LedgerNames.Normalize(name);
            var match = ColumnNames.FirstOrDefault(c => c.Names.Any(a => LedgerNames.Normalize(a) == normalized));
            if (match.Names is null)
            {
                errors.Add((record.Line, MessageCatalogue.Format(MessageCatalogue.LedgerRowInvalid, sourceName, record.Line, name,
                    MessageCatalogue.Format(MessageCatalogue.LedgerUnknownColumn, name, known))));
            }
            else if (!seen.Add(match.Field))
            {
                errors.Add((record.Line, MessageCatalogue.Format(MessageCatalogue.LedgerRowInvalid, sourceName, record.Line, name,
                    MessageCatalogue.Format(MessageCatalogue.LedgerDuplicateColumn, name))));
            }
            else
            {
                header[i] = (match.Field, name);
            }
        }

        var missing = new[] { LedgerField.Type, LedgerField.Amount }.Where(f => !seen.Contains(f)).ToList();
        if (missing.Count > 0)
        {
            var names = string.Join("、", missing.Select(f => ColumnNames.First(c => c.Field == f).Names[0]));
            errors.Add((record.Line, MessageCatalogue.Format(MessageCatalogue.LedgerHeaderMissing, sourceName, record.Line, names)));
            Fail(sourceName, errors);
        }

        return header;
    }

    /// <summary>The Chinese name of a column, for messages about a column the file lacks.</summary>
    internal static string ColumnName(LedgerField field) => ColumnNames.First(c => c.Field == field).Names[0];

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string sourceName, List<(int? Line, string Message)> errors)
    {
        var ordered = errors.OrderBy(e => e.Line ?? int.MaxValue).ToList();
        var text = new StringBuilder(MessageCatalogue.Format(MessageCatalogue.LedgerErrors, sourceName, ordered.Count));
        foreach (var (_, message) in ordered.Take(MaxListedErrors))
        {
            text.Append('\n').Append(message);
        }

        if (ordered.Count > MaxListedErrors)
        {
            text.Append('\n').Append(MessageCatalogue.Format(MessageCatalogue.LedgerMoreErrors, ordered.Count - MaxListedErrors));
        }

        var first = ordered[0].Line;
        throw new DocumentReadException(text.ToString(), sourceName, first is null ? null : new SourcePosition(first));
    }

    /// <summary>Parses amounts: plain decimal notation, optional sign, at most 6 decimals; the scale is kept.</summary>
    internal static bool TryParseAmount(string text, out decimal amount, out bool tooPrecise)
    {
        tooPrecise = false;
        amount = 0;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount)
            || (dot >= 0 && dot == text.Length - 1))
        {
            return false;
        }

        tooPrecise = dot >= 0 && text.Length - dot - 1 > 6;
        return true;
    }
}
