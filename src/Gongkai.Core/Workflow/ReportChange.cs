using Gongkai.Model;

namespace Gongkai.Workflow;

/// <summary>
/// One changed place between two versions of a report, as the history records it: a table cell or a 情况说明 reason
/// text, with the value before and after (null: blank or absent).
/// </summary>
/// <param name="Cell">The cell, when a table cell changed.</param>
/// <param name="ReasonKey">The reason's key (docs/FORMAT.md), when a reason text changed.</param>
/// <param name="Place">The place in words (公开05表 行政运行（2010101） 基本支出; 情况说明原因“…”).</param>
/// <param name="OldValue">The amount as printed (24.20) or the text before; null when blank.</param>
/// <param name="NewValue">The amount or text after; null when blank.</param>
public sealed record ReportChange(CellRef? Cell, string? ReasonKey, string Place, string? OldValue, string? NewValue);
