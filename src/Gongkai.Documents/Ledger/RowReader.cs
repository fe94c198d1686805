using System.Globalization;
using Gongkai.Ledgers;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Ledgers;

/// <summary>
/// Turns the records of a ledger CSV into ledger lines and unit facts, adding one message per problem (file, line,
/// column as headed in the file) to the shared error list instead of stopping at the first.
/// </summary>
internal sealed class RowReader
{
    private readonly string sourceName;
    private readonly int width;
    private readonly Dictionary<LedgerField, (int Index, string Name)> columns = [];
    private readonly List<(int? Line, string Message)> errors;
    private readonly Dictionary<(string Key, int Column), int> figuresSeen = [];
    private readonly Dictionary<string, int> reasonsSeen = new(StringComparer.Ordinal);

    /// <summary>Creates a reader for the columns the header named.</summary>
    public RowReader(
        string sourceName, int width, Dictionary<int, (LedgerField Field, string Name)> header, List<(int? Line, string Message)> errors)
    {
        this.sourceName = sourceName;
        this.width = width;
        this.errors = errors;
        foreach (var (index, (field, name)) in header)
        {
            columns[field] = (index, name);
        }
    }

    /// <summary>True when the record is a 单位 row.</summary>
    public bool IsUnitRow(CsvRecord record) => LedgerNames.IsUnitRow(Get(record, LedgerField.Type));

    /// <summary>Applies a 单位 row to the unit (or the year).</summary>
    public void ApplyUnitFact(CsvRecord record, BudgetUnit unit, ref int? year)
    {
        var fact = Get(record, LedgerField.Item);
        var value = Get(record, LedgerField.Text);
        if (fact.Length == 0)
        {
            Required(record, LedgerField.Item, LedgerNames.UnitRowType);
            return;
        }

        if (value.Length == 0)
        {
            Required(record, LedgerField.Text, LedgerNames.UnitRowType);
            return;
        }

        if (LedgerUnitFacts.Apply(unit, ref year, fact, value, out var field) is { } problem)
        {
            Error(record, field, problem);
        }
    }

    /// <summary>Reads a ledger line, or returns null (having reported why) when the row is bad.</summary>
    public LedgerLine? ReadLine(CsvRecord record, TableTemplate? figures)
    {
        var before = errors.Count;
        if (record.Fields.Skip(width).Any(f => f.Length > 0))
        {
            errors.Add((record.Line, MessageCatalogue.Format(MessageCatalogue.LedgerLineInvalid, sourceName, record.Line,
                MessageCatalogue.Format(MessageCatalogue.LedgerTooManyFields, record.Fields.Count, width))));
            return null;
        }

        var typeText = Get(record, LedgerField.Type);
        if (typeText.Length == 0)
        {
            Error(record, LedgerField.Type, MessageCatalogue.LedgerEmpty);
            return null;
        }

        if (!LedgerNames.TryParseLineType(typeText, out var type))
        {
            Error(record, LedgerField.Type, MessageCatalogue.Format(
                MessageCatalogue.LedgerUnknownType, typeText, string.Join("、", LedgerNames.LineTypeNames.Append(LedgerNames.UnitRowType))));
            return null;
        }

        // Names may be given for 类 too (201 一般公共服务支出, 301 工资福利支出); amounts are booked to 款 or 项 only.
        var naming = type == LedgerLineType.SubjectName;
        var line = new LedgerLine(type)
        {
            SourceLine = record.Line,
            FunctionalCode = Code(record, LedgerField.FunctionalCode, naming ? [3, 5, 7] : [5, 7], MessageCatalogue.LedgerBadFunctionalCode),
            EconomicCode = Code(record, LedgerField.EconomicCode, naming ? [3, 5] : [5], MessageCatalogue.LedgerBadEconomicCode),
            Use = Parse<ExpenditureUse>(record, LedgerField.Use, LedgerNames.TryParseUse, MessageCatalogue.LedgerUnknownUse, LedgerNames.UseNames),
            Source = Parse<FundingSource>(record, LedgerField.Source, LedgerNames.TryParseSource, MessageCatalogue.LedgerUnknownSource, LedgerNames.SourceNames),
            Amount = Amount(record),
            Text = NullIfEmpty(Get(record, LedgerField.Text)),
        };

        var item = Get(record, LedgerField.Item);
        switch (type)
        {
            case LedgerLineType.ThreePublicCostsBudget or LedgerLineType.ThreePublicCostsActual:
                line = line with
                {
                    ThreePublicItem = Parse<ThreePublicCostItem>(record, LedgerField.Item, LedgerNames.TryParseThreePublicItem,
                        MessageCatalogue.LedgerUnknownThreePublicItem, LedgerNames.ThreePublicItemNames),
                };
                break;
            case LedgerLineType.ExplanationFigure:
                line = Figure(record, line, item, figures);
                break;
            case LedgerLineType.Reason:
                line = line with { Key = NullIfEmpty(item) };
                if (item.Length > 0 && !reasonsSeen.TryAdd(item, record.Line))
                {
                    Error(record, LedgerField.Item, MessageCatalogue.Format(MessageCatalogue.LedgerDuplicateReason, item, reasonsSeen[item]));
                }

                break;
        }

        // A field that was present but unreadable has been reported already; report a missing one only when it is empty.
        if (errors.Count == before && line.MissingField() is { } missing)
        {
            Required(record, missing, LedgerNames.Chinese(type));
        }

        return errors.Count == before ? line : null;
    }

    private LedgerLine Figure(CsvRecord record, LedgerLine line, string key, TableTemplate? figures)
    {
        if (key.Length == 0 || figures is null)
        {
            return line;
        }

        var fixedRow = figures.FixedRow(key);
        var isCode = TableRow.IsCode(key) && key.Length is 5 or 7;
        if (fixedRow is null && !isCode)
        {
            Error(record, LedgerField.Item, MessageCatalogue.Format(
                MessageCatalogue.LedgerUnknownFigure, key, string.Join("、", figures.FixedRows.Select(r => r.Key))));
            return line;
        }

        var allowed = fixedRow?.Columns ?? figures.CodedRows.Columns;
        var describe = string.Join("、", allowed.Select(c => $"{c} {figures.Column(c)?.Name}"));
        var columnText = Get(record, LedgerField.Column);
        int column;
        if (columnText.Length == 0)
        {
            if (allowed.Count != 1)
            {
                Error(record, LedgerField.Column, MessageCatalogue.Format(MessageCatalogue.LedgerFigureColumnRequired, key, describe));
                return line;
            }

            column = allowed[0];
        }
        else if (!int.TryParse(columnText, NumberStyles.None, CultureInfo.InvariantCulture, out column))
        {
            column = figures.Columns.FirstOrDefault(c => LedgerNames.Normalize(c.Name) == LedgerNames.Normalize(columnText))?.Number ?? 0;
        }

        if (!allowed.Contains(column))
        {
            Error(record, LedgerField.Column, MessageCatalogue.Format(MessageCatalogue.LedgerBadFigureColumn, columnText, key, describe));
            return line;
        }

        if (fixedRow?.ValueKind == ValueKind.Count && line.Amount is { } count && count != decimal.Truncate(count))
        {
            Error(record, LedgerField.Amount, MessageCatalogue.Format(MessageCatalogue.LedgerNotWholeNumber, Get(record, LedgerField.Amount)));
        }

        if (!figuresSeen.TryAdd((key, column), record.Line))
        {
            Error(record, LedgerField.Item, MessageCatalogue.Format(MessageCatalogue.LedgerDuplicateFigure, key, column, figuresSeen[(key, column)]));
        }

        return line with { Key = key, Column = column };
    }

    private string? Code(CsvRecord record, LedgerField field, int[] lengths, string problem)
    {
        var text = Get(record, field);
        if (text.Length == 0)
        {
            return null;
        }

        if (!TableRow.IsCode(text) || !lengths.Contains(text.Length))
        {
            Error(record, field, MessageCatalogue.Format(problem, text));
            return null;
        }

        return text;
    }

    private T? Parse<T>(CsvRecord record, LedgerField field, TryParser<T> parse, string problem, IReadOnlyList<string> choices)
        where T : struct
    {
        var text = Get(record, field);
        if (text.Length == 0)
        {
            return null;
        }

        if (!parse(text, out var value))
        {
            Error(record, field, MessageCatalogue.Format(problem, text, string.Join("、", choices)));
            return null;
        }

        return value;
    }

    private decimal? Amount(CsvRecord record)
    {
        var text = Get(record, LedgerField.Amount);
        if (text.Length == 0)
        {
            return null;
        }

        if (!LedgerCsvReader.TryParseAmount(text, out var amount, out var tooPrecise))
        {
            Error(record, LedgerField.Amount, MessageCatalogue.Format(MessageCatalogue.LedgerAmountNotNumber, text));
            return null;
        }

        if (tooPrecise)
        {
            Error(record, LedgerField.Amount, MessageCatalogue.Format(MessageCatalogue.LedgerAmountTooPrecise, text));
            return null;
        }

        return amount;
    }

    private void Required(CsvRecord record, LedgerField field, string typeName) =>
        Error(record, field, MessageCatalogue.Format(MessageCatalogue.LedgerRequired, typeName));

    private void Error(CsvRecord record, LedgerField field, string problem)
    {
        var name = columns.TryGetValue(field, out var c) ? c.Name : LedgerCsvReader.ColumnName(field);
        errors.Add((record.Line, MessageCatalogue.Format(MessageCatalogue.LedgerRowInvalid, sourceName, record.Line, name, problem)));
    }

    private string Get(CsvRecord record, LedgerField field) =>
        columns.TryGetValue(field, out var c) && c.Index < record.Fields.Count ? record.Fields[c.Index] : "";

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>A TryParse of the vocabulary.</summary>
    private delegate bool TryParser<T>(string text, out T value);
}
