namespace Gongkai.Templates;

/// <summary>A labelled row of a template (本年收入合计, 人员经费合计…) with the stable key the model uses for it.</summary>
public sealed record FixedRowTemplate(
    string Key,
    string Label,
    IReadOnlyList<int> Columns,
    int? Line = null,
    IReadOnlyList<string>? Aliases = null,
    RowPosition Position = RowPosition.After,
    ValueKind ValueKind = ValueKind.Amount);
