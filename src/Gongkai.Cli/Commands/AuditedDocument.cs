using Gongkai.Checks;
using Gongkai.Model;

namespace Gongkai.Cli.Commands;

/// <summary>
/// One input of an audit: the report read and what the checks found, or why it could not be read; for a published
/// document (text, PDF, Word, Excel) also what reading it gave (kinds, lines, reading notes).
/// </summary>
public sealed record AuditedDocument(
    string Path, UnitYearReport? Report, CheckResult? Result, string? ReadError, Documents.Reading.ReadDocument? Read = null);
