using System.Text.Json;

namespace Gongkai.Web.Api;

/// <summary>The body of PUT /api/reports/{id}.</summary>
/// <param name="RowVersion">The version the editor read (optimistic concurrency).</param>
/// <param name="Document">The whole report in canonical JSON (format gongkai.report, docs/FORMAT.md).</param>
public sealed record SaveReportRequest(long RowVersion, JsonElement Document);
