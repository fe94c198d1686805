using Gongkai.Checks;
using Gongkai.Documents.Reading;
using Gongkai.Model;

namespace Gongkai.Documents.Auditing;

/// <summary>A file read and audited: the model, what the checks found, and the reading (null for canonical JSON).</summary>
public sealed record AuditedFile(UnitYearReport Report, CheckResult Result, ReadDocument? Read);
