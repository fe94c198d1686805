using Gongkai.Model;

namespace Gongkai.Checks;

/// <summary>
/// One thing a check found (审核结果): which rule, how serious, where (in the user's words and as cell references),
/// what is printed and what was expected (formatted the way the document prints them), and a Chinese message.
/// </summary>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    string Location,
    string Message,
    string? Printed,
    string? Expected,
    IReadOnlyList<CellRef> Cells,
    SourcePosition? Source = null);
