using Gongkai.Checks;
using Gongkai.Model;

namespace Gongkai.Cli.Commands;

/// <summary>One input of an audit: the report read and what the checks found, or why it could not be read.</summary>
public sealed record AuditedDocument(string Path, UnitYearReport? Report, CheckResult? Result, string? ReadError);
