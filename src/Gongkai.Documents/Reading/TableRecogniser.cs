using System.Text.RegularExpressions;
using Gongkai.Classification;
using Gongkai.Messages;
using Gongkai.Model;
using Gongkai.Templates;

namespace Gongkai.Documents.Reading;

/// <summary>
/// Finds the disclosure tables in a document's lines and reads them into the model. A table is found by its title
/// (<see cref="TitleMatcher"/>), its header is read for its column groups and 栏次 (the 栏次 row, else the column
/// names, else the column order), and every row is keyed by its code or by its label (the template's fixed rows and
/// aliases; 类 rows printed by name only through the catalogue). Blank cells stay blank, cells that are not numbers
/// are kept as unreadable, 此表无数据 becomes the empty statement, and whatever cannot be placed becomes a reading note.
/// </summary>
internal sealed partial class TableRecogniser
{
    private readonly TemplateSet set;
    private readonly ClassificationCatalogue catalogue;
    private readonly int year;
    private readonly List<ReadingNote> notes;
    private readonly TitleMatcher matcher;
    private readonly Dictionary<TableTemplate, List<(string Key, FixedRowTemplate Row, bool Exact)>> fixedKeys = [];

    public TableRecogniser(TemplateSet set, ClassificationCatalogue catalogue, int year, List<ReadingNote> notes)
    {
        this.set = set;
        this.catalogue = catalogue;
        this.year = year;
        this.notes = notes;
        matcher = new TitleMatcher(set);
    }

    /// <summary>Lines that belong to a disclosure table (title, header, rows, notes).</summary>
    public HashSet<int> Consumed { get; } = [];

    /// <summary>The data lines of each table read.</summary>
    public Dictionary<DisclosureTableKind, List<int>> TableLines { get; } = [];

    /// <summary>Reads every table found in the lines into the report.</summary>
    public void Read(IReadOnlyList<SourceLine> lines, UnitYearReport report)
    {
        var candidates = new List<(int Index, DisclosureTableKind Kind)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank || line.Text.Length > 200)
            {
                continue;
            }

            if (matcher.Match(line) is { } kind)
            {
                candidates.Add((i, kind));
            }
        }

        var accepted = new List<(int Index, DisclosureTableKind Kind)>();
        for (var k = 0; k < candidates.Count; k++)
        {
            var next = k + 1 < candidates.Count ? candidates[k + 1].Index : lines.Count;
            if (HasTableBody(lines, candidates[k].Index + 1, Math.Min(next, candidates[k].Index + 30)))
            {
                accepted.Add(candidates[k]);
            }
        }

        for (var k = 0; k < accepted.Count; k++)
        {
            var end = k + 1 < accepted.Count ? accepted[k + 1].Index : lines.Count;
            ReadTable(lines, accepted[k].Kind, accepted[k].Index, end, report);
        }
    }

    private static bool HasTableBody(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var line = lines[i];
            // A part heading or a list item before any row: the title was an entry of the 目录, not a table's title.
            var first = line.Cells.FirstOrDefault(c => c.Trim().Length > 0)?.TrimStart() ?? "";
            if (first.StartsWith("- ", StringComparison.Ordinal) || PartHeading().IsMatch(first))
            {
                return false;
            }

            if (line.IsTableRow && NonEmpty(line) >= 2)
            {
                return true;
            }

            if (line.Text.Contains("无数据", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private void ReadTable(IReadOnlyList<SourceLine> lines, DisclosureTableKind kind, int titleIndex, int end, UnitYearReport report)
    {
        var template = set.Table(kind)!;
        var existing = report.Table(kind);
        var table = existing ?? new DisclosureTable(kind);
        var titleLine = lines[titleIndex];
        var state = new TableState(table, template);
        if (existing is null)
        {
            table.Title = TitleText(titleLine);
            table.Source = titleLine.Position;
            table.Number = TitleMatcher.NumberIn(titleLine.Text);
        }
        else
        {
            notes.Add(new ReadingNote(titleLine.Position, MessageCatalogue.Format(MessageCatalogue.ReadingNoteTableRepeated, TableName(table, template))));
        }

        Consumed.Add(titleIndex);
        var phase = Phase.Meta;
        for (var i = titleIndex + 1; i < end; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                if (phase == Phase.Notes)
                {
                    break;
                }

                continue;
            }

            var nonEmpty = NonEmpty(line);
            if (IsRule(line))
            {
                Consumed.Add(i);
                continue;
            }

            if (nonEmpty <= 1 && !(line.IsTableRow && phase is Phase.Meta or Phase.Header && !LooksLikeNote(FirstText(line))))
            {
                var text = FirstText(line);
                if (phase == Phase.Notes)
                {
                    state.NoteTexts.Add(text);
                    Consumed.Add(i);
                    continue;
                }

                if (HandleMeta(text, state) || matcher.Match(text) == kind || IsPageMark(text))
                {
                    Consumed.Add(i);
                    continue;
                }

                if (LooksLikeNote(text))
                {
                    phase = Phase.Notes;
                    state.NoteTexts.Add(text);
                    Consumed.Add(i);
                    continue;
                }

                if (text.Contains("无数据", StringComparison.Ordinal))
                {
                    state.EmptyMarks.Add(text);
                    Consumed.Add(i);
                    continue;
                }

                if (state.DepartmentPending && phase == Phase.Meta && LooksLikeUnitName(text))
                {
                    table.DepartmentField = text.Trim();
                    state.DepartmentPending = false;
                    Consumed.Add(i);
                    continue;
                }

                if (phase == Phase.Data)
                {
                    if (text.Length <= 12 && !TextForms.HasDigit(text) && state.Data.Count > 0 && state.LayoutText)
                    {
                        // A label wrapped onto a line of its own by the PDF layout.
                        state.Data.Add(i);
                        Consumed.Add(i);
                        continue;
                    }

                    break;
                }

                notes.Add(new ReadingNote(line.Position, MessageCatalogue.Format(MessageCatalogue.ReadingNoteTextInTable, TableName(table, template), Shorten(text))));
                continue;
            }

            if (phase == Phase.Notes)
            {
                break;
            }

            if (AllMeta(line, state))
            {
                Consumed.Add(i);
                continue;
            }

            Consumed.Add(i);
            state.LayoutText |= line.CellStarts is not null;
            if (phase is Phase.Meta or Phase.Header)
            {
                if (IsColumnNumberRow(line))
                {
                    state.Header.Add(i);
                    state.ColumnNumberRow = i;
                    phase = Phase.Header;
                    continue;
                }

                if (state.ColumnNumberRow >= 0 || IsDataRow(line, template))
                {
                    phase = Phase.Data;
                    state.Data.Add(i);
                    continue;
                }

                state.Header.Add(i);
                phase = Phase.Header;
                continue;
            }

            // Data: a header repeated after a page break is skipped.
            if (IsColumnNumberRow(line) || state.Header.Any(h => SameText(lines[h], line)))
            {
                continue;
            }

            state.Data.Add(i);
        }

        ReadRows(lines, state);
        FinishTable(state);
        if (existing is null)
        {
            report.SetTable(table);
        }

        if (!TableLines.TryGetValue(kind, out var list))
        {
            list = [];
            TableLines[kind] = list;
        }

        list.AddRange(state.Data);
    }

    private void FinishTable(TableState state)
    {
        var table = state.Table;
        if (state.EmptyMarks.Count > 0)
        {
            table.EmptyStatement ??= state.NoteTexts.FirstOrDefault(t => t.Contains("无数据", StringComparison.Ordinal))
                ?? state.EmptyMarks.FirstOrDefault(t => t.Length > 6)
                ?? state.EmptyMarks[0];
        }

        if (table.Rows.Count == 0 && table.EmptyStatement is null)
        {
            notes.Add(new ReadingNote(table.Source, MessageCatalogue.Format(MessageCatalogue.ReadingNoteTableNoRows, TableName(table, state.Template))));
        }
    }

    private void ReadRows(IReadOnlyList<SourceLine> lines, TableState state)
    {
        var rows = new List<SourceLine>(state.Header.Count + state.Data.Count);
        rows.AddRange(state.Header.Select(i => lines[i]));
        rows.AddRange(state.Data.Select(i => lines[i]));
        if (state.Data.Count == 0)
        {
            return;
        }

        List<string[]> headerGrid;
        List<string[]> dataGrid;
        List<(int Start, int End)>? spans = null;
        if (state.LayoutText)
        {
            // Layout text: the header gives the columns; data rows are placed token by token (TokenPlacer), because
            // pdftotext shifts columns from row to row and from page to page wherever Chinese text stands before them.
            var headerRows = rows.Take(state.Header.Count).ToList();
            var anchor = -1;
            for (var h = 0; h < headerRows.Count; h++)
            {
                if (anchor < 0 || NonEmpty(headerRows[h]) >= NonEmpty(headerRows[anchor]))
                {
                    anchor = h;
                }
            }

            headerGrid = anchor < 0 ? [] : LayoutAligner.Align(headerRows, [anchor], out spans);
            dataGrid = [];
        }
        else
        {
            var grid = rows.Select(r => r.Cells.ToArray()).ToList();
            headerGrid = grid.Take(state.Header.Count).ToList();
            dataGrid = grid.Skip(state.Header.Count).ToList();
        }

        var width = Math.Max(headerGrid.Count == 0 ? 0 : headerGrid.Max(g => g.Length), dataGrid.Count == 0 ? 0 : dataGrid.Max(g => g.Length));
        var columnRow = state.ColumnNumberRow < 0 ? null : headerGrid[state.Header.IndexOf(state.ColumnNumberRow)];
        var layout = Layout(headerGrid, dataGrid, columnRow, width, state);
        if (state.LayoutText)
        {
            var headerPage = state.Header.Count > 0 ? lines[state.Header[0]].Position.Page : null;
            var placer = new TokenPlacer(layout, width, spans, headerPage);
            width = placer.Width;
            foreach (var d in state.Data)
            {
                dataGrid.Add(placer.Place(lines[d]));
            }
        }

        JoinWrappedLabels(lines, state, dataGrid, layout);
        var collected = new List<(int Segment, int Order, TableRow Row, SourceLine Line)>();
        var lastBySegment = new Dictionary<int, TableRow>();
        for (var d = 0; d < dataGrid.Count; d++)
        {
            ReadDataRow(lines[state.Data[d]], dataGrid[d], layout, state, collected, lastBySegment, d);
        }

        foreach (var (_, _, row, line) in collected.OrderBy(c => c.Segment).ThenBy(c => c.Order))
        {
            if (!state.Table.TryAdd(row))
            {
                notes.Add(new ReadingNote(line.Position, MessageCatalogue.Format(
                    MessageCatalogue.ReadingNoteRowDuplicate, TableName(state.Table, state.Template), row.Label ?? row.Key)));
            }
        }
    }

    /// <summary>
    /// In layout text a long label wraps onto the next line(s) of the page, which then hold only the rest of the label:
    /// those pieces are joined to the row above before any row is keyed (一、一般公共服务支 + 出).
    /// </summary>
    private void JoinWrappedLabels(IReadOnlyList<SourceLine> lines, TableState state, List<string[]> dataGrid, List<ColumnSegment> layout)
    {
        for (var d = dataGrid.Count - 1; d >= 1; d--)
        {
            if (!state.LayoutText)
            {
                continue;
            }

            var cells = dataGrid[d];
            var onlyNames = true;
            var anyName = false;
            for (var c = 0; c < cells.Length && onlyNames; c++)
            {
                if (cells[c].Trim().Length == 0)
                {
                    continue;
                }

                var isName = layout.Any(s => s.Name == c || (s.Name < 0 && s.Code == c));
                var text = cells[c].Trim();
                if (!isName || CodeAndName().IsMatch(text) || TextForms.HasDigit(text) || IsKnownLabel(text, state.Template))
                {
                    onlyNames = false;
                }

                anyName = true;
            }

            if (!onlyNames || !anyName)
            {
                continue;
            }

            var above = dataGrid[d - 1];
            for (var c = 0; c < cells.Length && c < above.Length; c++)
            {
                if (cells[c].Trim().Length > 0)
                {
                    above[c] = above[c].Trim() + cells[c].Trim();
                }
            }

            dataGrid.RemoveAt(d);
            state.Data.RemoveAt(d);
        }
    }

    private bool IsKnownLabel(string text, TableTemplate template)
    {
        var key = TextForms.Key(TextForms.DropOrdinal(text));
        return FixedKeys(template).Any(f => f.Key == key)
            || (template.CodedRows.Scheme == CodeScheme.FunctionalClass && CodeByName(text, template) is not null);
    }

    private List<ColumnSegment> Layout(List<string[]> header, List<string[]> data, string[]? columnRow, int width, TableState state)
    {
        var template = state.Template;
        var names = new string[width];
        for (var c = 0; c < width; c++)
        {
            var text = "";
            foreach (var h in header)
            {
                if (ReferenceEquals(h, columnRow) || c >= h.Length)
                {
                    continue;
                }

                text += TextForms.Key(h[c]);
            }

            names[c] = text;
        }

        var segments = new List<ColumnSegment>();
        ColumnSegment? current = null;
        if (header.Count == 0 || header.All(h => ReferenceEquals(h, columnRow)))
        {
            // No header: the first cell is the code or label, the rest are values in order.
            current = new ColumnSegment { Code = 0 };
            segments.Add(current);
            for (var c = 1; c < width; c++)
            {
                current.Values.Add((c, 0));
            }
        }
        else
        {
            for (var c = 0; c < width; c++)
            {
                var name = StripGroupWord(names[c]);
                if (IsCodeHeader(name))
                {
                    current = new ColumnSegment { Code = c };
                    segments.Add(current);
                }
                else if (IsNameHeader(name))
                {
                    if (current is { Code: >= 0, Name: < 0, Line: < 0 } && current.Values.Count == 0)
                    {
                        current.Name = c;
                    }
                    else
                    {
                        current = new ColumnSegment { Name = c };
                        segments.Add(current);
                    }
                }
                else if (name.Contains("行次", StringComparison.Ordinal))
                {
                    if (current is null)
                    {
                        current = new ColumnSegment();
                        segments.Add(current);
                    }

                    current.Line = c;
                }
                else
                {
                    if (names[c].Length == 0 && data.All(r => c >= r.Length || string.IsNullOrWhiteSpace(r[c]))
                        && (columnRow is null || c >= columnRow.Length || columnRow[c].Trim().Length == 0))
                    {
                        continue;
                    }

                    if (current is null)
                    {
                        current = new ColumnSegment();
                        segments.Add(current);
                    }

                    current.Values.Add((c, 0));
                }
            }
        }

        AssignColumns(segments, names, columnRow, template, state);
        return segments;
    }

    private void AssignColumns(List<ColumnSegment> segments, string[] names, string[]? columnRow, TableTemplate template, TableState state)
    {
        var count = template.ColumnCount;
        foreach (var s in segments)
        {
            for (var v = 0; v < s.Values.Count; v++)
            {
                var (cell, _) = s.Values[v];
                var number = 0;
                if (columnRow is not null && cell < columnRow.Length
                    && int.TryParse(AmountText.Compact(AmountText.NormaliseWidth(columnRow[cell])), out var n) && n >= 1 && n <= count)
                {
                    number = n;
                }
                else
                {
                    number = MatchColumnName(names[cell], template);
                }

                s.Values[v] = (cell, number);
            }
        }

        var all = segments.SelectMany(s => s.Values).ToList();
        var unique = segments.All(s => s.Values.Where(v => v.Column > 0).Select(v => v.Column).Distinct().Count() == s.Values.Count(v => v.Column > 0));
        if (all.Count > 0 && all.All(v => v.Column > 0) && unique)
        {
            return;
        }

        // Fall back on the order of the columns.
        if (all.Count == count)
        {
            var k = 1;
            foreach (var s in segments)
            {
                for (var v = 0; v < s.Values.Count; v++)
                {
                    s.Values[v] = (s.Values[v].Cell, k++);
                }
            }
        }
        else if (segments.Count > 0 && segments.All(s => s.Values.Count == count))
        {
            foreach (var s in segments)
            {
                for (var v = 0; v < s.Values.Count; v++)
                {
                    s.Values[v] = (s.Values[v].Cell, v + 1);
                }
            }
        }
        else if (segments.Count == 1 && segments[0].Values.Count > count && columnRow is null)
        {
            notes.Add(new ReadingNote(state.Table.Source, MessageCatalogue.Format(
                MessageCatalogue.ReadingNoteColumnsUnknown, TableName(state.Table, template), segments[0].Values.Count, count)));
            foreach (var s in segments)
            {
                for (var v = 0; v < s.Values.Count; v++)
                {
                    s.Values[v] = (s.Values[v].Cell, unique ? s.Values[v].Column : 0);
                }
            }

            return;
        }
        else
        {
            foreach (var s in segments)
            {
                var used = new HashSet<int>(s.Values.Where(v => v.Column > 0).Select(v => v.Column));
                var nextFree = 1;
                for (var v = 0; v < s.Values.Count; v++)
                {
                    if (s.Values[v].Column > 0)
                    {
                        continue;
                    }

                    while (used.Contains(nextFree))
                    {
                        nextFree++;
                    }

                    if (nextFree <= count)
                    {
                        s.Values[v] = (s.Values[v].Cell, nextFree);
                        used.Add(nextFree);
                    }
                }
            }
        }

        notes.Add(new ReadingNote(state.Table.Source, MessageCatalogue.Format(MessageCatalogue.ReadingNoteColumnsGuessed, TableName(state.Table, template))));
    }

    private static int MatchColumnName(string header, TableTemplate template)
    {
        if (header.Length == 0)
        {
            return 0;
        }

        var best = 0;
        var bestScore = 0;
        var tie = false;
        foreach (var column in template.Columns)
        {
            var name = TextForms.Key(column.Name);
            var display = TextForms.Key((column.Group ?? "") + column.Name);
            var score = header == display ? 4
                : header == name ? 3
                : header.Length >= 2 && (header.EndsWith(name, StringComparison.Ordinal) || name.EndsWith(header, StringComparison.Ordinal)) ? 2
                : 0;
            if (score > bestScore)
            {
                best = column.Number;
                bestScore = score;
                tie = false;
            }
            else if (score == bestScore && score > 0)
            {
                tie = true;
            }
        }

        return tie ? 0 : best;
    }

    private void ReadDataRow(
        SourceLine line,
        string[] cells,
        List<ColumnSegment> layout,
        TableState state,
        List<(int Segment, int Order, TableRow Row, SourceLine Line)> collected,
        Dictionary<int, TableRow> lastBySegment,
        int order)
    {
        var template = state.Template;
        var table = state.Table;
        var parts = new List<RowPart>(layout.Count);
        for (var s = 0; s < layout.Count; s++)
        {
            var seg = layout[s];
            var part = new RowPart(s)
            {
                CodeText = Cell(cells, seg.Code),
                NameText = Cell(cells, seg.Name),
                LineText = Cell(cells, seg.Line),
            };
            foreach (var (cell, column) in seg.Values)
            {
                var text = Cell(cells, cell);
                if (text.Length > 0)
                {
                    part.Values.Add((column, text, cell));
                }
            }

            parts.Add(part);
        }

        // Cells beyond the header's columns.
        var known = new HashSet<int>(layout.SelectMany(s => s.Values.Select(v => v.Cell).Append(s.Code).Append(s.Name).Append(s.Line)));
        for (var c = 0; c < cells.Length; c++)
        {
            if (!known.Contains(c) && cells[c].Trim().Length > 0)
            {
                if (cells[c].Contains("无数据", StringComparison.Ordinal))
                {
                    state.EmptyMarks.Add(cells[c].Trim());
                    continue;
                }

                notes.Add(new ReadingNote(line.PositionOf(c), MessageCatalogue.Format(
                    MessageCatalogue.ReadingNoteCellNoColumn, TableName(table, template), Shorten(line.Text), cells[c].Trim())));
            }
        }

        // A value pushed into the next column group while its own group's value cell stayed empty
        // (人员经费合计 … 公用经费合计 … 275.29 printed under the third group).
        for (var s = 1; s < parts.Count; s++)
        {
            var orphan = parts[s];
            if (orphan.HasLabel || orphan.Values.Count == 0)
            {
                continue;
            }

            for (var p = s - 1; p >= 0; p--)
            {
                if (parts[p].HasLabel && parts[p].Values.Count == 0)
                {
                    parts[p].Values.AddRange(orphan.Values);
                    orphan.Values.Clear();
                    break;
                }
            }
        }

        foreach (var part in parts)
        {
            ReadPart(line, part, layout[part.Segment], state, collected, lastBySegment, order);
        }
    }

    private void ReadPart(
        SourceLine line,
        RowPart part,
        ColumnSegment segment,
        TableState state,
        List<(int Segment, int Order, TableRow Row, SourceLine Line)> collected,
        Dictionary<int, TableRow> lastBySegment,
        int order)
    {
        var template = state.Template;
        var table = state.Table;
        if (!part.HasLabel && part.Values.Count == 0)
        {
            return;
        }

        if (part.Values.Any(v => v.Text.Contains("无数据", StringComparison.Ordinal)))
        {
            foreach (var v in part.Values.Where(v => v.Text.Contains("无数据", StringComparison.Ordinal)))
            {
                state.EmptyMarks.Add(v.Text.Trim());
            }

            part.Values.RemoveAll(v => v.Text.Contains("无数据", StringComparison.Ordinal));
            if (!part.Values.Any(v => AmountText.Parse(v.Text).Kind == AmountTextKind.Number))
            {
                return;
            }
        }

        string? code = null;
        var label = part.CodeText.Length > 0 && part.NameText.Length > 0 ? part.NameText
            : part.CodeText.Length > 0 ? part.CodeText : part.NameText;
        var codeSource = part.CodeText.Length > 0 ? part.CodeText : part.NameText;
        var cm = CodeAndName().Match(AmountText.NormaliseWidth(codeSource).Trim());
        if (cm.Success)
        {
            code = cm.Groups[1].Value;
            var rest = cm.Groups[2].Value.Trim();
            label = part.CodeText.Length > 0 && part.NameText.Length > 0 ? part.NameText : rest;
        }

        int? lineNumber = int.TryParse(AmountText.Compact(AmountText.NormaliseWidth(part.LineText)), out var ln) ? ln : null;
        var columns = segment.Values.Select(v => v.Column).Where(c => c > 0).ToList();
        string? key = null;
        if (code is not null)
        {
            if (template.CodedRows.Scheme == CodeScheme.None)
            {
                notes.Add(new ReadingNote(line.Position, MessageCatalogue.Format(
                    MessageCatalogue.ReadingNoteRowCodeWrongTable, TableName(table, template), Shorten(code + " " + label))));
                return;
            }

            key = code;
        }
        else if (label.Length > 0)
        {
            key = FixedKey(label, lineNumber, columns, template, state.UsedFixed)
                ?? CodeByName(label, template);
        }
        else if (template.FixedRows.Count == 1 && template.CodedRows.Scheme == CodeScheme.None)
        {
            // A table of one unlabelled row (公开07表).
            key = template.FixedRows[0].Key;
        }

        if (key is null)
        {
            if (part.Values.Count == 0 && label.Length > 0 && lastBySegment.TryGetValue(part.Segment, out var previous)
                && state.LayoutText && label.Length <= 12)
            {
                previous.Label = TextForms.Label((previous.Label ?? "") + label);
                return;
            }

            if (part.Values.Count > 0 || label.Length > 0)
            {
                notes.Add(new ReadingNote(line.Position, MessageCatalogue.Format(
                    MessageCatalogue.ReadingNoteRowUnknown, TableName(table, template), Shorten(label.Length > 0 ? label : line.Text))));
            }

            return;
        }

        if (!TableRow.IsCode(key))
        {
            state.UsedFixed.Add(key);
        }

        var row = new TableRow(key, label.Length == 0 ? null : TextForms.Label(label), template.ColumnCount)
        {
            LineNumber = lineNumber,
            Source = line.Position,
        };
        var unit = table.PrintedUnit ?? AmountUnit.Wan;
        foreach (var (column, text, cell) in part.Values)
        {
            var parsed = AmountText.Parse(text);
            if (parsed.Kind == AmountTextKind.Blank)
            {
                continue;
            }

            if (column <= 0 || !template.HasCell(key, column))
            {
                var columnName = column > 0 ? template.Column(column)?.DisplayName ?? "" : "";
                notes.Add(new ReadingNote(line.PositionOf(cell), column <= 0
                    ? MessageCatalogue.Format(MessageCatalogue.ReadingNoteCellNoColumn, TableName(table, template), row.Label ?? key, text.Trim())
                    : MessageCatalogue.Format(MessageCatalogue.ReadingNoteCellNotAllowed, TableName(table, template), row.Label ?? key, column, columnName, text.Trim())));
                continue;
            }

            if (parsed.Kind == AmountTextKind.Number)
            {
                row[column] = AmountText.ToWan(parsed.Value, unit);
            }
            else
            {
                row.MarkUnreadable(column, text.Trim());
            }
        }

        lastBySegment[part.Segment] = row;
        collected.Add((part.Segment, order, row, line));
    }

    private List<(string Key, FixedRowTemplate Row, bool Exact)> FixedKeys(TableTemplate template)
    {
        if (!fixedKeys.TryGetValue(template, out var list))
        {
            list = [];
            foreach (var f in template.FixedRows)
            {
                list.Add((TextForms.Key(f.Label), f, true));
                foreach (var alias in f.Aliases ?? [])
                {
                    list.Add((TextForms.Key(alias), f, false));
                }
            }

            fixedKeys[template] = list;
        }

        return list;
    }

    private string? FixedKey(string label, int? lineNumber, List<int> columns, TableTemplate template, HashSet<string> used)
    {
        var trimmed = label.Trim();
        if (template.FixedRow(trimmed) is not null)
        {
            // Gongkai's own export writes the key itself in the first column.
            return trimmed;
        }

        var key = TextForms.Key(TextForms.DropOrdinal(label));
        FixedRowTemplate? best = null;
        var bestScore = -1;
        foreach (var (k, f, exact) in FixedKeys(template))
        {
            if (k != key || (columns.Count > 0 && !f.Columns.Any(columns.Contains)))
            {
                continue;
            }

            var score = (lineNumber is { } n && f.Line == n ? 8 : 0) + (exact ? 2 : 0) + (used.Contains(f.Key) ? 0 : 4);
            if (score > bestScore)
            {
                best = f;
                bestScore = score;
            }
        }

        return best?.Key;
    }

    private string? CodeByName(string label, TableTemplate template)
    {
        var scheme = template.CodedRows.Scheme switch
        {
            CodeScheme.Functional or CodeScheme.FunctionalClass => ClassificationScheme.Functional,
            CodeScheme.DepartmentEconomic => ClassificationScheme.DepartmentEconomic,
            CodeScheme.GovernmentEconomic => ClassificationScheme.GovernmentEconomic,
            _ => (ClassificationScheme?)null,
        };
        if (scheme is null)
        {
            return null;
        }

        ClassificationLevel? level = template.CodedRows.Scheme == CodeScheme.FunctionalClass ? ClassificationLevel.Class : null;
        return catalogue.FindByName(scheme.Value, label, year, level)?.Code;
    }

    private bool HandleMeta(string text, TableState state)
    {
        var t = AmountText.NormaliseWidth(text).Trim();
        var any = false;
        var um = UnitMark().Match(t);
        if (um.Success)
        {
            state.Table.PrintedUnit = um.Groups[1].Value == "万元" ? AmountUnit.Wan : AmountUnit.Yuan;
            t = t.Remove(um.Index, um.Length);
            any = true;
        }

        var nm = NumberMark().Match(t);
        if (nm.Success)
        {
            state.Table.Number ??= AmountText.Compact(nm.Value);
            t = t.Remove(nm.Index, nm.Length);
            any = true;
        }

        var dm = DepartmentMark().Match(t);
        if (dm.Success)
        {
            var value = dm.Groups[2].Value.Trim();
            state.Table.DepartmentField = value;
            state.DepartmentPending = value.Length == 0;
            return true;
        }

        return any && t.Trim(' ', ':', '：', '\t').Length == 0;
    }

    private bool AllMeta(SourceLine line, TableState state)
    {
        var metas = 0;
        var count = 0;
        foreach (var c in line.Cells)
        {
            if (c.Trim().Length == 0)
            {
                continue;
            }

            count++;
            if (!c.Contains("单位", StringComparison.Ordinal) && !c.Contains('部', StringComparison.Ordinal) && !c.Contains('表', StringComparison.Ordinal))
            {
                return false;
            }

            var t = AmountText.NormaliseWidth(c);
            if (UnitMark().IsMatch(t) || DepartmentMark().IsMatch(t.Trim()) || NumberMark().IsMatch(t))
            {
                metas++;
            }
        }

        if (count == 0 || metas != count)
        {
            return false;
        }

        foreach (var c in line.Cells)
        {
            if (c.Trim().Length > 0)
            {
                HandleMeta(c, state);
            }
        }

        return true;
    }

    private bool IsDataRow(SourceLine line, TableTemplate template)
    {
        var first = FirstText(line);
        var firstKey = AmountText.NormaliseWidth(first).Trim();
        if (CodeAndName().IsMatch(firstKey) || template.FixedRow(firstKey) is not null)
        {
            return true;
        }

        if (line.Text.Contains("无数据", StringComparison.Ordinal))
        {
            return true;
        }

        var key = TextForms.Key(TextForms.DropOrdinal(first));
        if (FixedKeys(template).Any(f => f.Key == key))
        {
            return true;
        }

        if (template.CodedRows.Scheme == CodeScheme.None)
        {
            return line.Cells.Any(c => AmountText.Parse(c).Kind == AmountTextKind.Number && c.Contains('.', StringComparison.Ordinal));
        }

        return false;
    }

    private static bool IsColumnNumberRow(SourceLine line)
    {
        var numbers = new List<int>();
        foreach (var c in line.Cells)
        {
            var t = AmountText.Compact(AmountText.NormaliseWidth(c));
            if (t.Length == 0)
            {
                continue;
            }

            if (t == "栏次")
            {
                return true;
            }

            if (!int.TryParse(t, out var n))
            {
                return false;
            }

            numbers.Add(n);
        }

        if (numbers.Count < 2 || numbers[0] != 1)
        {
            return false;
        }

        for (var i = 1; i < numbers.Count; i++)
        {
            if (numbers[i] != numbers[i - 1] + 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRule(SourceLine line)
    {
        var any = false;
        foreach (var c in line.Cells)
        {
            var t = c.Trim();
            if (t.Length == 0)
            {
                continue;
            }

            foreach (var ch in t)
            {
                if (ch is not ('-' or '—' or '_' or '=' or '─' or '━' or ':' or '|' or ' '))
                {
                    return false;
                }
            }

            any = true;
        }

        return any;
    }

    private static bool IsPageMark(string text) => PageMark().IsMatch(AmountText.NormaliseWidth(text).Trim());

    private static bool LooksLikeNote(string text)
    {
        var t = text.TrimStart();
        return t.StartsWith("注", StringComparison.Ordinal) && t.Length > 1 && t[1] is ':' or '：' or '1' or '１' or '.' or '、' or ' '
            || t.StartsWith("说明：", StringComparison.Ordinal) || t.StartsWith("备注", StringComparison.Ordinal);
    }

    private static bool LooksLikeUnitName(string text)
    {
        var t = text.Trim();
        return t.Length is >= 3 and <= 40 && !TextForms.HasDigit(t) && !t.Contains('：', StringComparison.Ordinal)
            && !t.Contains(':', StringComparison.Ordinal) && UnitSuffix().IsMatch(t);
    }

    private static bool SameText(SourceLine a, SourceLine b) =>
        AmountText.Compact(a.Text) == AmountText.Compact(b.Text);

    private static int NonEmpty(SourceLine line)
    {
        var n = 0;
        foreach (var c in line.Cells)
        {
            if (!string.IsNullOrWhiteSpace(c))
            {
                n++;
            }
        }

        return n;
    }

    private static string FirstText(SourceLine line)
    {
        foreach (var c in line.Cells)
        {
            if (!string.IsNullOrWhiteSpace(c))
            {
                return c.Trim();
            }
        }

        return line.Text.Trim();
    }

    private static string TitleText(SourceLine line)
    {
        foreach (var c in line.Cells)
        {
            var t = c.Trim();
            if (t.Length > 0 && TitleMatcher.NumberIn(t) != t && AmountText.UnitOf(t) is null)
            {
                return t;
            }
        }

        return line.Text.Trim();
    }

    private static string Cell(string[] cells, int index) =>
        index >= 0 && index < cells.Length ? cells[index].Trim() : "";

    private static string StripGroupWord(string name)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["收入", "支出"])
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length
                && (name.EndsWith("项目", StringComparison.Ordinal) || name.EndsWith("行次", StringComparison.Ordinal)))
            {
                return name[prefix.Length..];
            }
        }

        return name;
    }

    private static bool IsCodeHeader(string name) =>
        name.Contains("编码", StringComparison.Ordinal) || name.Contains("代码", StringComparison.Ordinal) || name == "科目编号";

    private static bool IsNameHeader(string name) =>
        name is "项目" or "科目名称" or "名称" or "项目名称" or "科目" or "功能分类科目名称" or "经济分类科目名称" or "项目（科目）" or "科目（项目）"
        || name.EndsWith("科目名称", StringComparison.Ordinal);

    internal static string TableName(DisclosureTable table, TableTemplate template) =>
        $"{table.Number ?? template.Number}（{table.Title ?? template.Title}）";

    private static string Shorten(string text)
    {
        var t = text.Replace('\t', ' ').Trim();
        return t.Length <= 40 ? t : t[..40] + "…";
    }

    [GeneratedRegex(@"^([0-9]{3}(?:[0-9]{2}){0,2})(?![0-9.])\s*(.*)$")]
    private static partial Regex CodeAndName();

    [GeneratedRegex(@"(?:金额)?单位\s*[:：]\s*(万元|元)")]
    private static partial Regex UnitMark();

    [GeneratedRegex(@"公开\s*[0-9]{1,3}(?:\s*-\s*[0-9]{1,2})?\s*表|^\s*附?表\s*[0-9]{1,3}(?:-[0-9]{1,2})?\s*$")]
    private static partial Regex NumberMark();

    [GeneratedRegex(@"^\s*(部门|编制部门|编制单位|单位名称|预算单位|部门名称|填报单位|部门（单位）名称|单位)\s*[:：](?!\s*(?:万元|元))(.*)$")]
    private static partial Regex DepartmentMark();

    [GeneratedRegex(@"^(第\s*[0-9]+\s*页(\s*[,，/]?\s*共\s*[0-9]+\s*页)?|-?\s*[0-9]{1,4}\s*-?|[0-9]+\s*/\s*[0-9]+)$")]
    private static partial Regex PageMark();

    [GeneratedRegex(@"(会|局|委|院|办|室|厅|部|处|所|站|队|馆|校|中心|社|团|司|府|庭|行|组|署|协会|联合会|园|区)$")]
    private static partial Regex UnitSuffix();

    private enum Phase
    {
        Meta,
        Header,
        Data,
        Notes,
    }

    private sealed class TableState(DisclosureTable table, TableTemplate template)
    {
        public DisclosureTable Table { get; } = table;

        public TableTemplate Template { get; } = template;

        public List<int> Header { get; } = [];

        public List<int> Data { get; } = [];

        public int ColumnNumberRow { get; set; } = -1;

        public List<string> NoteTexts { get; } = [];

        public List<string> EmptyMarks { get; } = [];

        public bool DepartmentPending { get; set; }

        public bool LayoutText { get; set; }

        public HashSet<string> UsedFixed { get; } = new(StringComparer.Ordinal);
    }

    private sealed class RowPart(int segment)
    {
        public int Segment { get; } = segment;

        public string CodeText { get; init; } = "";

        public string NameText { get; init; } = "";

        public string LineText { get; init; } = "";

        public List<(int Column, string Text, int Cell)> Values { get; } = [];

        public bool HasLabel => CodeText.Length > 0 || NameText.Length > 0;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^第[一二三四五六七八九十]+部分")]
    private static partial System.Text.RegularExpressions.Regex PartHeading();
}
